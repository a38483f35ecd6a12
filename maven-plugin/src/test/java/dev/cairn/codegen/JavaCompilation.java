package dev.cairn.codegen;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles generated sources in-process against the test classpath (which holds model-runtime). */
final class JavaCompilation {
    private JavaCompilation() {
    }

    /** Compiles into {@code out} with {@code options}; returns the diagnostics (errors and warnings), empty when clean. */
    static List<String> compile(Map<String, String> sources, Path out, String... options) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<File> classpath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) classpath.add(new File(entry));
            files.setLocation(StandardLocation.CLASS_PATH, classpath);
            List<String> args = new ArrayList<>(List.of("--release", "17"));
            args.addAll(List.of(options));
            boolean ok = compiler.getTask(null, files, diagnostics, args, null, units).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()) + " "
                        + d.getMessage(null));
            }
            if (!ok && messages.isEmpty()) messages.add("compilation failed");
            return messages;
        }
    }
}
