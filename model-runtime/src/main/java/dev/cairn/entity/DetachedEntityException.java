package dev.cairn.entity;

/** A relationship accessor was used on an entity that has no open session to load through. */
public class DetachedEntityException extends EntityException {
    public DetachedEntityException(String message) {
        super(message);
    }
}
