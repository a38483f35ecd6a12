package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code users}, created by migration 1 ({@code db/migrations/001_create_users.sql}).
 */
public class User extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<User, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, User::getId, User::setId);

    /**
     * Column {@code nickname}.
     */
    public static final TypedColumn<User, String> NICKNAME = TypedColumn.of("nickname", ValueTypes.STRING, User::getNickname, User::setNickname);

    /**
     * Column {@code email}.
     */
    public static final TypedColumn<User, String> EMAIL = TypedColumn.of("email", ValueTypes.STRING, User::getEmail, User::setEmail);

    /**
     * Column {@code active}.
     */
    public static final TypedColumn<User, Boolean> ACTIVE = TypedColumn.defaulted("active", ValueTypes.BOOLEAN, User::getActive, User::setActive);

    /**
     * Column {@code born}.
     */
    public static final TypedColumn<User, LocalDate> BORN = TypedColumn.of("born", ValueTypes.SQLITE_DATE, User::getBorn, User::setBorn);

    /**
     * Column {@code manager_id}.
     */
    public static final TypedColumn<User, Long> MANAGER_ID = TypedColumn.of("manager_id", ValueTypes.LONG, User::getManagerId, User::setManagerId);

    /**
     * Column {@code last_seen}.
     */
    public static final TypedColumn<User, LocalDateTime> LAST_SEEN = TypedColumn.of("last_seen", ValueTypes.SQLITE_DATE_TIME, User::getLastSeen, User::setLastSeen);

    /**
     * The metadata of table {@code users}.
     */
    public static final Meta META = new Meta();

    private Long id;

    private String nickname;

    private String email;

    private Boolean active;

    private LocalDate born;

    private Long managerId;

    private LocalDateTime lastSeen;

    /**
     * Column {@code id integer}.
     */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * Column {@code nickname varchar(64) NOT NULL}.
     */
    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    /**
     * Column {@code email varchar(120) NOT NULL}.
     */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /**
     * Column {@code active boolean NOT NULL DEFAULT 1}.
     */
    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /**
     * Column {@code born date}.
     */
    public LocalDate getBorn() {
        return born;
    }

    public void setBorn(LocalDate born) {
        this.born = born;
    }

    /**
     * Column {@code manager_id integer}.
     */
    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    /**
     * Column {@code last_seen timestamp}, added by migration 2 ({@code db/migrations/002_tags_messages.sql}).
     */
    public LocalDateTime getLastSeen() {
        return lastSeen;
    }

    public void setLastSeen(LocalDateTime lastSeen) {
        this.lastSeen = lastSeen;
    }

    /**
     * The row of {@code users} that {@code users (manager_id) → users (id)} references; loads through the session that loaded this entity.
     */
    public User getManager() {
        if (managerId == null) {
            return null;
        }
        return session("manager").select(User.META).where(User.ID.eq(managerId)).first().orElse(null);
    }

    /**
     * Points {@code users (manager_id) → users (id)} at {@code user} (null: at no row).
     */
    public void setManager(User user) {
        this.managerId = user == null ? null : user.getId();
    }

    /**
     * The rows whose {@code memberships (user_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Membership> getMemberships() {
        if (id == null) {
            return List.of();
        }
        return session("memberships").select(Membership.META).where(Membership.USER_ID.eq(id)).list();
    }

    /**
     * The rows whose {@code messages (recipient_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Message> getMessagesAsRecipient() {
        if (id == null) {
            return List.of();
        }
        return session("messagesAsRecipient").select(Message.META).where(Message.RECIPIENT_ID.eq(id)).list();
    }

    /**
     * The rows whose {@code messages (sender_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Message> getMessagesAsSender() {
        if (id == null) {
            return List.of();
        }
        return session("messagesAsSender").select(Message.META).where(Message.SENDER_ID.eq(id)).list();
    }

    /**
     * The rows whose {@code posts (user_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public List<Post> getPosts() {
        if (id == null) {
            return List.of();
        }
        return session("posts").select(Post.META).where(Post.USER_ID.eq(id)).list();
    }

    /**
     * The row, or null, whose unique {@code profiles (user_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public Profile getProfile() {
        if (id == null) {
            return null;
        }
        return session("profile").select(Profile.META).where(Profile.USER_ID.eq(id)).first().orElse(null);
    }

    /**
     * The rows whose {@code users (manager_id) → users (id)} references this one; loads through the session that loaded this entity.
     */
    public List<User> getUsersAsManager() {
        if (id == null) {
            return List.of();
        }
        return session("usersAsManager").select(User.META).where(User.MANAGER_ID.eq(id)).list();
    }

    @Override
    public Meta entityType() {
        return META;
    }

    /**
     * Equal when the primary keys are equal; an entity whose key is not assigned yet equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof User that && this.id != null && Objects.equals(this.id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
    }

    @Override
    public String toString() {
        return "User{" + "id=" + id + ", nickname=" + nickname + ", email=" + email + ", active=" + active + ", born=" + born + ", managerId=" + managerId + ", lastSeen=" + lastSeen + "}";
    }

    /**
     * Table {@code users}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<User> {

        private Meta() {
            super("users", List.of(ID, NICKNAME, EMAIL, ACTIVE, BORN, MANAGER_ID, LAST_SEEN), List.of(ID), User::new);
        }
    }
}
