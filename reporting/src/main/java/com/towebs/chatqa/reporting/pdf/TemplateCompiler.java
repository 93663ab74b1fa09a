package com.towebs.chatqa.reporting.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (process-classes, through exec-maven-plugin): compiles every {@code .jrxml} of a folder to a
 * {@code .jasper} beside the classes, so that {@link PdfReports} only loads templates and never needs to compile
 * one in production. Usage: {@code TemplateCompiler SOURCE_DIR TARGET_DIR}.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_DIR TARGET_DIR");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml"))
                    .sorted()
                    .toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml template in " + source.toAbsolutePath());
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = target.resolve(name);
            // Incremental builds: a template that has not changed keeps its compiled form.
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("[jasper] compiled " + template.getFileName() + " -> " + compiled);
        }
    }
}
