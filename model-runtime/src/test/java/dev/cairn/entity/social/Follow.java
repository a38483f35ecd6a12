package dev.cairn.entity.social;

import dev.cairn.entity.Entity;
import dev.cairn.entity.EntityType;
import dev.cairn.entity.TypedColumn;
import dev.cairn.entity.ValueTypes;

import java.util.List;

/** Written the way db:generate-models writes entities: who follows whom (a composite key of two foreign keys). */
public class Follow extends Entity {
    public static final TypedColumn<Follow, Long> FOLLOWER_ID = TypedColumn.required("follower_id", ValueTypes.LONG, Follow::getFollowerId, Follow::setFollowerId);
    public static final TypedColumn<Follow, Long> FOLLOWED_ID = TypedColumn.required("followed_id", ValueTypes.LONG, Follow::getFollowedId, Follow::setFollowedId);
    public static final Meta META = new Meta();

    private Long followerId;
    private Long followedId;

    public Long getFollowerId() {
        return followerId;
    }

    public void setFollowerId(Long followerId) {
        keyChange(FOLLOWER_ID, followerId);
        this.followerId = followerId;
    }

    public Long getFollowedId() {
        return followedId;
    }

    public void setFollowedId(Long followedId) {
        keyChange(FOLLOWED_ID, followedId);
        this.followedId = followedId;
    }

    @Override
    public Meta entityType() {
        return META;
    }

    public static final class Meta extends EntityType<Follow> {
        private Meta() {
            super("follows", List.of(FOLLOWER_ID, FOLLOWED_ID), List.of(FOLLOWER_ID, FOLLOWED_ID), Follow::new);
        }
    }
}
