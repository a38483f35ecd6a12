CREATE TABLE campuses (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    open TINYINT(1) NOT NULL DEFAULT 1,
    kind ENUM('main', 'satellite', 'online') NOT NULL,
    students BIGINT UNSIGNED,
    rank_no TINYINT UNSIGNED,
    budget DECIMAL(14, 2),
    opened DATETIME,
    founded DATE,
    settings JSON,
    name_length INT GENERATED ALWAYS AS (CHAR_LENGTH(name)) STORED,
    parent_id INT UNSIGNED,
    FOREIGN KEY (parent_id) REFERENCES campuses (id)
);
