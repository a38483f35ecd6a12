package dev.cairn.codegen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.DefaultPrettyPrinterVisitor;
import com.github.javaparser.printer.configuration.ConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.PrinterConfiguration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a generated compilation unit exactly as {@code cu.toString()} does (JavaParser's pretty printer with its
 * default configuration), in less time. The printer asks for a configuration option at almost every node, and
 * {@link DefaultPrinterConfiguration} answers by streaming its option set: here the answers come from a map. The
 * unit's own printer is set to this one too, because printing a field prints its type once more through
 * {@code Type.toString()}. And the search for orphan comments around every child node (it copies and sorts the
 * parent's children each time) is skipped: a generated tree has none, only the Javadoc set on declarations. One
 * printer serves every thread, as each print makes its own visitor.
 */
final class CompilationUnitPrinter {
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Visitor::new,
            new IndexedConfiguration(new DefaultPrinterConfiguration()));

    private CompilationUnitPrinter() {
    }

    static String print(CompilationUnit cu) {
        cu.printer(PRINTER);
        return PRINTER.print(cu);
    }

    private static final class Visitor extends DefaultPrettyPrinterVisitor {
        Visitor(PrinterConfiguration configuration) {
            super(configuration);
        }

        @Override
        protected void printOrphanCommentsBeforeThisChildNode(Node node) {
        }

        @Override
        protected void printOrphanCommentsEnding(Node node) {
        }
    }

    /** The options of a configuration, read once; shared by every thread, so it cannot be changed. */
    private static final class IndexedConfiguration implements PrinterConfiguration {
        private final Set<ConfigurationOption> options;
        /** Keyed by {@link DefaultConfigurationOption}, which equals another of the same {@link ConfigOption}. */
        private final Map<ConfigurationOption, Optional<ConfigurationOption>> byOption = new HashMap<>();

        IndexedConfiguration(PrinterConfiguration configuration) {
            options = Set.copyOf(configuration.get());
            for (ConfigOption o : ConfigOption.values()) {
                ConfigurationOption key = new DefaultConfigurationOption(o);
                byOption.put(key, configuration.get(key));
            }
        }

        @Override
        public Optional<ConfigurationOption> get(ConfigurationOption option) {
            Optional<ConfigurationOption> known = byOption.get(option);
            return known != null ? known : options.stream().filter(o -> o.equals(option)).findFirst();
        }

        @Override
        public Set<ConfigurationOption> get() {
            return options;
        }

        @Override
        public boolean isActivated(ConfigurationOption option) {
            return get(option).isPresent();
        }

        @Override
        public PrinterConfiguration addOption(ConfigurationOption option) {
            throw new UnsupportedOperationException("shared by every thread");
        }

        @Override
        public PrinterConfiguration removeOption(ConfigurationOption option) {
            throw new UnsupportedOperationException("shared by every thread");
        }
    }
}
