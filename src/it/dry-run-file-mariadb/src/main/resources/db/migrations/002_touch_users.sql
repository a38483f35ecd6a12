-- migrate:up
-- a body with semicolons: the client must read it between DELIMITER lines
DELIMITER //
CREATE TRIGGER users_touch BEFORE INSERT ON users FOR EACH ROW
BEGIN
    SET NEW.touched_at = NOW();
    SET NEW.nickname = LOWER(NEW.nickname);
END//
DELIMITER ;

-- migrate:down
DROP TRIGGER users_touch;
