package com.example.model;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
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
    public static final TypedColumn<Message, Long> SENDER_ID = TypedColumn.of("sender_id", ValueTypes.LONG, Message::getSenderId, Message::setSenderId);

    /**
     * Column {@code recipient_id}.
     */
    public static final TypedColumn<Message, Long> RECIPIENT_ID = TypedColumn.of("recipient_id", ValueTypes.LONG, Message::getRecipientId, Message::setRecipientId);

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

    private Long id;

    private long senderId;

    private long recipientId;

    private String classValue;

    private byte[] body;

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
     * Column {@code sender_id integer NOT NULL}.
     */
    public long getSenderId() {
        return senderId;
    }

    public void setSenderId(long senderId) {
        this.senderId = senderId;
    }

    /**
     * Column {@code recipient_id integer NOT NULL}.
     */
    public long getRecipientId() {
        return recipientId;
    }

    public void setRecipientId(long recipientId) {
        this.recipientId = recipientId;
    }

    /**
     * Column {@code class varchar(20)}.
     */
    public String getClassValue() {
        return classValue;
    }

    public void setClassValue(String classValue) {
        this.classValue = classValue;
    }

    /**
     * Column {@code body blob}.
     */
    public byte[] getBody() {
        return body;
    }

    public void setBody(byte[] body) {
        this.body = body;
    }

    /**
     * The row of {@code users} that {@code messages (recipient_id) → users (id)} references; loads through the session that loaded this entity.
     */
    public User getRecipient() {
        return session("recipient").select(User.META).where(User.ID.eq(recipientId)).first().orElse(null);
    }

    /**
     * Points {@code messages (recipient_id) → users (id)} at {@code user}.
     */
    public void setRecipient(User user) {
        this.recipientId = user.getId();
    }

    /**
     * The row of {@code users} that {@code messages (sender_id) → users (id)} references; loads through the session that loaded this entity.
     */
    public User getSender() {
        return session("sender").select(User.META).where(User.ID.eq(senderId)).first().orElse(null);
    }

    /**
     * Points {@code messages (sender_id) → users (id)} at {@code user}.
     */
    public void setSender(User user) {
        this.senderId = user.getId();
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
        return this == other || other instanceof Message that && this.id != null && Objects.equals(this.id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
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
