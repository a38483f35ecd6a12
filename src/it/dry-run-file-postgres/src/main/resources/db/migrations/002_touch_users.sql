-- migrate:up
-- a dollar-quoted body with semicolons and a quote in it: psql must read it as one statement
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.touched_at := now(); -- it's touched
    RETURN NEW;
END
$body$;
CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();

-- migrate:down
DROP TRIGGER users_touch ON users;
DROP FUNCTION touch();
