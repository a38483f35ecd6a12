CREATE TABLE news (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campus_id INT UNSIGNED NOT NULL,
    title VARCHAR(200) NOT NULL,
    FOREIGN KEY (campus_id) REFERENCES campuses (id)
);
CREATE TABLE courses (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100) NOT NULL);
CREATE TABLE campus_courses (
    campus_id INT UNSIGNED NOT NULL,
    course_id INT NOT NULL,
    PRIMARY KEY (campus_id, course_id),
    FOREIGN KEY (campus_id) REFERENCES campuses (id),
    FOREIGN KEY (course_id) REFERENCES courses (id)
);
