package dev.cairn.codegen;

import dev.cairn.schema.Column;
import dev.cairn.schema.Table;

import java.util.List;

/**
 * Everything the source writers need, decided: class, field and relation names, Java types, Javadoc. Built by
 * {@link ModelPlanner}; the writers make no naming decisions of their own.
 */
public record ModelPlan(String packageName, long version, List<EntityModel> entities, List<EnumModel> enums) {
    public ModelPlan {
        entities = List.copyOf(entities);
        enums = List.copyOf(enums);
    }

    /** The class that holds the schema version and opens a checked database. */
    public static final String MODELS_CLASS = "Models";

    /** One table's class. {@code doc} is the class Javadoc, one paragraph an entry. */
    public record EntityModel(Table table, String className, List<Property> properties, List<ManyToOne> manyToOnes,
                              List<OneToMany> oneToManys, List<ManyToMany> manyToManys, List<String> doc) {
        public EntityModel {
            properties = List.copyOf(properties);
            manyToOnes = List.copyOf(manyToOnes);
            oneToManys = List.copyOf(oneToManys);
            manyToManys = List.copyOf(manyToManys);
            doc = List.copyOf(doc);
        }

        public List<Property> key() {
            return properties.stream().filter(Property::key).toList();
        }
    }

    /**
     * A column as a field with a getter and a setter.
     *
     * @param boxed     the field holds the boxed type (nullable, generated or defaulted columns), else its primitive
     * @param generated the database assigns it on insert (identity, auto-increment, SQLite rowid key) or computes it
     *                  ({@code GENERATED ALWAYS AS}: a {@code Column.computed}, never written)
     * @param defaulted it has a default, which an insert of null leaves to the database
     * @param required  {@code NOT NULL} without a default, not generated: an insert of null is refused by name
     * @param version   the table's optimistic-locking version column
     */
    public record Property(Column column, String field, String constant, JavaType type, boolean boxed, boolean key,
                           boolean generated, boolean defaulted, boolean required, boolean version, List<String> doc) {
        public Property {
            doc = List.copyOf(doc);
        }

        /** The same property with another Java type (a foreign key takes the type of the key it references). */
        public Property withType(JavaType other) {
            return new Property(column, field, constant, other, boxed, key, generated, defaulted, required, version, doc);
        }

        public boolean computed() {
            return column.generatedExpression() != null;
        }

        public String fieldType() {
            return type.fieldType(boxed);
        }

        public String getter() {
            return "get" + JavaNames.capitalize(field);
        }

        public String setter() {
            return "set" + JavaNames.capitalize(field);
        }
    }

    /**
     * {@code Post.getUser()}: the row a foreign key of this table references; {@code byKey} when it references the
     * target's primary key in key order, so the session finds it by key (no query for a row it holds).
     */
    public record ManyToOne(String name, List<Property> columns, String targetClass, List<String> targetConstants,
                            List<String> targetGetters, String foreignKeyText, boolean byKey) {
        public ManyToOne {
            columns = List.copyOf(columns);
            targetConstants = List.copyOf(targetConstants);
            targetGetters = List.copyOf(targetGetters);
        }
    }

    /**
     * {@code User.getPosts()}: the rows of another table whose foreign key references this row; {@code oneToOne}
     * when that key is unique, so there is at most one.
     */
    public record OneToMany(String name, String childClass, List<String> childConstants, List<Property> ownKey,
                            boolean oneToOne, String foreignKeyText) {
        public OneToMany {
            childConstants = List.copyOf(childConstants);
            ownKey = List.copyOf(ownKey);
        }
    }

    /** {@code Post.getTags()} through a pure join table, with {@code addTag} and {@code removeTag}. */
    public record ManyToMany(String name, String singularName, String joinTable, List<String> ownJoinColumns,
                             List<Property> ownKey, List<String> otherJoinColumns, String targetClass,
                             List<String> targetKeyConstants) {
        public ManyToMany {
            ownJoinColumns = List.copyOf(ownJoinColumns);
            ownKey = List.copyOf(ownKey);
            otherJoinColumns = List.copyOf(otherJoinColumns);
            targetKeyConstants = List.copyOf(targetKeyConstants);
        }
    }

    /**
     * A Java enum for a PostgreSQL enum type ({@code databaseType}) or a MySQL {@code ENUM(…)} column.
     *
     * @param constants the Java constant of each label, in label order
     */
    public record EnumModel(String className, String sqlName, List<String> labels, List<String> constants, boolean databaseType,
                            String comment) {
        public EnumModel {
            labels = List.copyOf(labels);
            constants = List.copyOf(constants);
        }

        public ValueTypeExpression valueType() {
            return new ValueTypeExpression.EnumLabels(className, databaseType);
        }
    }
}
