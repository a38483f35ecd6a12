package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.Relation;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;
import java.util.List;
import java.util.Objects;

/**
 * Table {@code messages}, created by migration 2 ({@code db/migrations/002_tags_messages.sql}).
 */
public class Message extends Entity {

    /**
     * Column {@code id}.
     */
    public static final TypedColumn<Message, Long> ID = TypedColumn.generated("id", ValueTypes.LONG, Message::getId, Message::setId);

    /**
     * Column {@code sender_id}.
     */
    public static final TypedColumn<Message, Long> SENDER_ID = TypedColumn.required("sender_id", ValueTypes.LONG, Message::getSenderId, Message::setSenderId);

    /**
     * Column {@code recipient_id}.
     */
    public static final TypedColumn<Message, Long> RECIPIENT_ID = TypedColumn.required("recipient_id", ValueTypes.LONG, Message::getRecipientId, Message::setRecipientId);

    /**
     * Column {@code class}.
     */
    public static final TypedColumn<Message, String> CLASS_VALUE = TypedColumn.of("class", ValueTypes.STRING, Message::getClassValue, Message::setClassValue);

    /**
     * Column {@code body}.
     */
    public static final TypedColumn<Message, byte[]> BODY = TypedColumn.of("body", ValueTypes.BYTES, Message::getBody, Message::setBody);

    /**
     * The metadata of table {@code messages}.
     */
    public static final Meta META = new Meta();

    /**
     * The relationship of {@code getRecipient()}: the row that {@code messages (recipient_id) → users (id)} references; {@code select(Message.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Message, User> RECIPIENT = Relation.toOne("recipient", () -> User.META, () -> List.of(RECIPIENT_ID), () -> List.of(User.ID));

    /**
     * The relationship of {@code getSender()}: the row that {@code messages (sender_id) → users (id)} references; {@code select(Message.META).with(…)} loads it for every row in one more statement.
     */
    public static final Relation<Message, User> SENDER = Relation.toOne("sender", () -> User.META, () -> List.of(SENDER_ID), () -> List.of(User.ID));

    private Long id;

    private Long senderId;

    private Long recipientId;

    private String classValue;

    private byte[] body;

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
     * Column {@code sender_id integer NOT NULL}.
     */
    public Long getSenderId() {
        return senderId;
    }

    /**
     * Sets {@code sender_id}.
     */
    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    /**
     * Column {@code recipient_id integer NOT NULL}.
     */
    public Long getRecipientId() {
        return recipientId;
    }

    /**
     * Sets {@code recipient_id}.
     */
    public void setRecipientId(Long recipientId) {
        this.recipientId = recipientId;
    }

    /**
     * Column {@code class varchar(20)}.
     */
    public String getClassValue() {
        return classValue;
    }

    /**
     * Sets {@code class}.
     */
    public void setClassValue(String classValue) {
        this.classValue = classValue;
    }

    /**
     * Column {@code body blob}.
     */
    public byte[] getBody() {
        return body;
    }

    /**
     * Sets {@code body}.
     */
    public void setBody(byte[] body) {
        this.body = body;
    }

    /**
     * The row of {@code users} that {@code messages (recipient_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getRecipient() {
        if (recipientId == null) {
            return null;
        }
        return cached("recipient", recipientId, () -> session("recipient").find(User.META, recipientId).orElse(null));
    }

    /**
     * Points {@code messages (recipient_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setRecipient(User user) {
        setRecipientId(user == null ? null : keyOf(user, user.getId(), "Message.setRecipient"));
    }

    /**
     * The row of {@code users} that {@code messages (sender_id) → users (id)} references (null when it is null); loaded through the session that loaded this entity, once: the session holds one instance per row.
     */
    public User getSender() {
        if (senderId == null) {
            return null;
        }
        return cached("sender", senderId, () -> session("sender").find(User.META, senderId).orElse(null));
    }

    /**
     * Points {@code messages (sender_id) → users (id)} at {@code user} (null: at no row); {@code user} must be inserted already, so that it has its key.
     *
     * @throws IllegalArgumentException when {@code user} is not inserted yet
     */
    public void setSender(User user) {
        setSenderId(user == null ? null : keyOf(user, user.getId(), "Message.setSender"));
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
        return this == other || other instanceof Message that && isPersisted() && that.isPersisted() && Objects.equals(this.id, that.id);
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
        return "Message{" + "id=" + id + ", senderId=" + senderId + ", recipientId=" + recipientId + ", classValue=" + classValue + ", body=" + (body == null ? "null" : body.length + " bytes") + "}";
    }

    /**
     * Table {@code messages}: its name, typed columns, primary key, row mapper and parameter binder.
     */
    public static final class Meta extends EntityType<Message> {

        private Meta() {
            super("messages", List.of(ID, SENDER_ID, RECIPIENT_ID, CLASS_VALUE, BODY), List.of(ID), Message::new);
        }
    }
}
