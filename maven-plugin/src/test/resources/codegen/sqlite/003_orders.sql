CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES categories (id));
CREATE TABLE order_lines (
    order_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (order_no, line_no)
);
CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    FOREIGN KEY (order_no, line_no) REFERENCES order_lines (order_no, line_no)
);
-- a join table with a column of its own stays an entity
CREATE TABLE memberships (
    user_id INTEGER NOT NULL REFERENCES users (id),
    category_id INTEGER NOT NULL REFERENCES categories (id),
    since DATE NOT NULL,
    PRIMARY KEY (user_id, category_id)
);
