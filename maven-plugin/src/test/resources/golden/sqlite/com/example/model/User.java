package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
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
    public static final TypedColumn<User, String> NICKNAME = TypedColumn.required("nickname", ValueTypes.STRING, User::getNickname, User::setNickname);

    /**
     * Column {@code email}.
     */
    public static final TypedColumn<User, String> EMAIL = TypedColumn.required("email", ValueTypes.STRING, User::getEmail, User::setEmail);

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

    /**
     * The relationship of {@code getManager()}: the row that {@code users (manager_id) → users (id)} references; {@code select(User.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<User, User> MANAGER = Relation.toOne("manager", () -> User.META, () -> List.of(MANAGER_ID), () -> List.of(User.ID));

    /**
     * The relationship of {@code getMemberships()}: the rows whose {@code memberships (user_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, Membership> MEMBERSHIPS = Relation.toMany("memberships", () -> Membership.META, () -> List.of(ID), () -> List.of(Membership.USER_ID));

    /**
     * The relationship of {@code getMessagesAsRecipient()}: the rows whose {@code messages (recipient_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, Message> MESSAGES_AS_RECIPIENT = Relation.toMany("messagesAsRecipient", () -> Message.META, () -> List.of(ID), () -> List.of(Message.RECIPIENT_ID));

    /**
     * The relationship of {@code getMessagesAsSender()}: the rows whose {@code messages (sender_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, Message> MESSAGES_AS_SENDER = Relation.toMany("messagesAsSender", () -> Message.META, () -> List.of(ID), () -> List.of(Message.SENDER_ID));

    /**
     * The relationship of {@code getPosts()}: the rows whose {@code posts (user_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, Post> POSTS = Relation.toMany("posts", () -> Post.META, () -> List.of(ID), () -> List.of(Post.USER_ID));

    /**
     * The relationship of {@code getProfile()}: the rows whose {@code profiles (user_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, Profile> PROFILE = Relation.toOne("profile", () -> Profile.META, () -> List.of(ID), () -> List.of(Profile.USER_ID));

    /**
     * The relationship of {@code getUsersAsManager()}: the rows whose {@code users (manager_id) → users (id)} references this one; {@code select(User.META).with(…)} loads them for every row in one more statement.
     */
    public static final Relation<User, User> USERS_AS_MANAGER = Relation.toMany("usersAsManager", () -> User.META, () -> List.of(ID), () -> List.of(User.MANAGER_ID));

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

    /**
     * Sets {@code id}, part of the primary key: fixed once the row exists (loaded or inserted), since an update finds the row by the key it was loaded with.
     */
    public void setId(Long id) {
        keyChange(ID, id);
        this.id = id;
    }

    /**
     * Column {@code nickname varchar(64) NOT NULL}.
     */
    public String getNickname() {
        return nickname;
    }

    /**
     * Sets {@code nickname}.
     */
    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    /**
     * Column {@code email varchar(120) NOT NULL}.
     */
    public String getEmail() {
        return email;
    }

    /**
     * Sets {@code email}.
     */
    public void setEmail(String email) {
        this.email = email;
    }

    /**
     * Column {@code active boolean NOT NULL DEFAULT 1}.
     */
    public Boolean getActive() {
        return active;
    }

    /**
     * Sets {@code active}; once set (to null too), an insert writes it instead of leaving it to the column's default.
     */
    public void setActive(Boolean active) {
        this.active = active;
        assigned(ACTIVE);
    }

    /**
     * Column {@code born date}.
     */
    public LocalDate getBorn() {
        return born;
    }

    /**
     * Sets {@code born}.
     */
    public void setBorn(LocalDate born) {
        this.born = born;
    }

    /**
     * Column {@code manager_id integer}.
     */
    public Long getManagerId() {
        return managerId;
    }

    /**
     * Sets {@code manager_id}.
     */
    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    /**
     * Column {@code last_seen timestamp}, added by migration 2 ({@code db/migrations/002_tags_messages.sql}).
     */
    public LocalDateTime getLastSeen() {
        return lastSeen;
    }

    /**
     * Sets {@code last_seen}.
     */
    public void setLastSeen(LocalDateTime lastSeen) {
        this.lastSeen = lastSeen;
    }

    /**
     * The row of {@code users} that {@code users (manager_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getManager() {
        if (managerId == null) {
            return null;
        }
        return cached("manager", managerId, () -> session("manager").find(User.META, managerId).orElse(null));
    }

    /**
     * Points {@code users (manager_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setManager(User user) {
        setManagerId(user == null ? null : keyOf(user, user.getId(), "User.setManager"));
    }

    /**
     * The rows whose {@code memberships (user_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Membership> getMemberships() {
        return cached("memberships", id, () -> id == null ? List.of() : session("memberships").select(Membership.META).where(Membership.USER_ID.eq(id)).list());
    }

    /**
     * The rows whose {@code messages (recipient_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Message> getMessagesAsRecipient() {
        return cached("messagesAsRecipient", id, () -> id == null ? List.of() : session("messagesAsRecipient").select(Message.META).where(Message.RECIPIENT_ID.eq(id)).list());
    }

    /**
     * The rows whose {@code messages (sender_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Message> getMessagesAsSender() {
        return cached("messagesAsSender", id, () -> id == null ? List.of() : session("messagesAsSender").select(Message.META).where(Message.SENDER_ID.eq(id)).list());
    }

    /**
     * The rows whose {@code posts (user_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<Post> getPosts() {
        return cached("posts", id, () -> id == null ? List.of() : session("posts").select(Post.META).where(Post.USER_ID.eq(id)).list());
    }

    /**
     * The row, or null, whose unique {@code profiles (user_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public Profile getProfile() {
        return cached("profile", id, () -> id == null ? null : session("profile").select(Profile.META).where(Profile.USER_ID.eq(id)).first().orElse(null));
    }

    /**
     * The rows whose {@code users (manager_id) → users (id)} references this one; loaded through the session that loaded this entity, and kept until the session writes.
     */
    public List<User> getUsersAsManager() {
        return cached("usersAsManager", id, () -> id == null ? List.of() : session("usersAsManager").select(User.META).where(User.MANAGER_ID.eq(id)).list());
    }

    @Override
    public Meta entityType() {
        return META;
    }

    /**
     * Equal when both are rows (loaded or inserted) with equal primary keys; an entity not inserted yet equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof User that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
    }

    /**
     * The same for every row of the table, so that it does not change when an insert assigns the key: an entity put in a hash set before its insert is found there after it.
     */
    @Override
    public int hashCode() {
        return META.table().hashCode();
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
