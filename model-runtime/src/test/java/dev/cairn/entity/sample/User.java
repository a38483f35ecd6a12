package dev.cairn.entity.sample;

import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.ValueTypes;

import java.util.List;
import java.util.Objects;

/** Written the way db:generate-models writes entities, for the runtime's own tests. */
public class User extends Entity {
    public static final TypedColumn<User, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, User::getId, User::setId);
    public static final TypedColumn<User, String> NICKNAME = TypedColumn.required("nickname", ValueTypes.STRING, User::getNickname, User::setNickname);
    public static final TypedColumn<User, String> EMAIL = TypedColumn.required("email", ValueTypes.STRING, User::getEmail, User::setEmail);
    public static final TypedColumn<User, Long> MANAGER_ID = TypedColumn.of("manager_id", ValueTypes.LONG, User::getManagerId, User::setManagerId);
    public static final Meta META = new Meta();

    private Long id;
    private String nickname;
    private String email;
    private Long managerId;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public User getManager() {
        if (managerId == null) return null;
        return cached("manager", managerId, () -> session("manager").find(User.META, managerId).orElse(null));
    }

    public void setManager(User manager) {
        this.managerId = manager == null ? null : keyOf(manager, manager.getId(), "User.setManager");
    }

    public List<User> getUsersAsManager() {
        return cached("usersAsManager", id, () -> id == null ? List.of() : session("usersAsManager").select(User.META).where(User.MANAGER_ID.eq(id)).list());
    }

    public List<Post> getPosts() {
        return cached("posts", id, () -> id == null ? List.of() : session("posts").select(Post.META).where(Post.USER_ID.eq(id)).list());
    }

    @Override
    public Meta entityType() {
        return META;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof User that && isPersisted() && that.isPersisted() && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return META.table().hashCode();
    }

    @Override
    public String toString() {
        return "User{id=" + id + ", nickname=" + nickname + ", email=" + email + ", managerId=" + managerId + "}";
    }

    public static final class Meta extends EntityType<User> {
        private Meta() {
            super("users", List.of(ID, NICKNAME, EMAIL, MANAGER_ID), List.of(ID), User::new);
        }
    }
}
