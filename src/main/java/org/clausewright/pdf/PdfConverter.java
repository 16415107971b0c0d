package org.clausewright.pdf;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One LibreOffice process, started headless, that turns Word files into PDF until it is closed. Starting the
 * office takes seconds, so a caller converting several files keeps one converter for all of them. A conversion
 * that runs past the limit is stopped (JODConverter kills and restarts the process) and reported; closing stops
 * the process, and so does the end of the program should a caller not get that far.
 */
public final class PdfConverter implements AutoCloseable {
    /** The longest a conversion may take unless the caller says otherwise: a long draft takes a few seconds. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

    private final LocalOfficeManager office;
    private final int port;
    private final Duration limit;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Thread stopAtExit;

    private PdfConverter(LocalOfficeManager office, int port, Duration limit) {
        this.office = office;
        this.port = port;
        this.limit = limit;
        this.stopAtExit = new Thread(this::stopQuietly, "stop LibreOffice");
    }

    /** Starts LibreOffice from {@code officeHome} (see {@link OfficeHome#find}); conversions stop after {@code limit}. */
    public static PdfConverter start(Path officeHome, Duration limit) throws PdfException {
        int port = freePort();
        LocalOfficeManager office = LocalOfficeManager.builder()
                .officeHome(officeHome.toFile())
                // a port of its own: other programs, or another Clausewright, may run an office on the default one
                .portNumbers(port)
                .taskExecutionTimeout(limit.toMillis())
                .processTimeout(Math.max(limit.toMillis(), 60_000L))
                .build();
        PdfConverter converter = new PdfConverter(office, port, limit);
        Runtime.getRuntime().addShutdownHook(converter.stopAtExit);
        try {
            office.start();
        } catch (OfficeException e) {
            converter.close();
            throw new PdfException(PdfException.Reason.FAILED, "LibreOffice in " + officeHome
                    + " could not be started (" + e.getMessage() + "): check that it opens a document on this"
                    + " machine (soffice --headless --convert-to pdf some.docx), then export again", e);
        }
        return converter;
    }

    /** Writes {@code pdf} from the Word file {@code docx}; PDF/A-2b when {@code archival}. */
    public void convert(Path docx, Path pdf, boolean archival) throws PdfException {
        if (cancelled.get()) {
            throw cancelledException(null);
        }
        // Word shows comments in the margin; LibreOffice leaves them out of a PDF unless asked
        Map<String, Object> filter = new java.util.HashMap<>(Map.of("ExportNotesInMargin", true));
        if (archival) {
            // LibreOffice's PDF filter: 2 is PDF/A-2b (1 would be PDF/A-1b, 3 PDF/A-3b); PDF/A wants tagged output
            filter.put("SelectPdfVersion", 2);
            filter.put("UseTaggedPDF", true);
        }
        LocalConverter.Builder builder = LocalConverter.builder().officeManager(office)
                .storeProperty("FilterData", filter);
        try {
            builder.build().convert(docx.toFile()).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(pdf.toFile()).as(DefaultDocumentFormatRegistry.PDF).execute();
        } catch (OfficeException | RuntimeException e) {
            if (cancelled.get()) {
                throw cancelledException(e);
            }
            if (timedOut(e)) {
                throw new PdfException(PdfException.Reason.TIMED_OUT, "LibreOffice did not finish converting "
                        + docx.getFileName() + " to PDF within " + said(limit) + " and was stopped;"
                        + " no PDF was written: try again, or export to Word and convert it there", e);
            }
            throw new PdfException(PdfException.Reason.FAILED, "LibreOffice could not convert " + docx.getFileName()
                    + " to PDF (" + e.getMessage() + "); no PDF was written: the Word export itself still works", e);
        }
    }

    /**
     * Stops a conversion under way from another thread: the office process is ended at once (asked to quit, a busy
     * office would finish the page it is on first, for many seconds) and the conversion says it was cancelled.
     */
    public void cancel() {
        cancelled.set(true);
        String accept = "port=" + port + ",";
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(accept))
                .forEach(ProcessHandle::destroyForcibly);
        stopQuietly();
    }

    /** Whether the office process still runs (it does between conversions until closed). */
    public boolean isRunning() {
        return office.isRunning();
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the program is ending and the hook runs or has run: the office is stopped either way
        }
    }

    private void stopQuietly() {
        try {
            if (office.isRunning()) {
                office.stop();
            }
        } catch (OfficeException e) {
            // stop() ends the process by force when it does not quit; what is left to say goes to the log
            java.util.logging.Logger.getLogger(PdfConverter.class.getName())
                    .log(java.util.logging.Level.WARNING, "stopping LibreOffice", e);
        }
    }

    private static PdfException cancelledException(Throwable cause) {
        return new PdfException(PdfException.Reason.CANCELLED, "the PDF export was cancelled; no PDF was written",
                cause);
    }

    private static String said(Duration d) {
        return d.toMillis() >= 1000 ? d.toSeconds() + " seconds" : d.toMillis() + " ms";
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws PdfException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PdfException(PdfException.Reason.FAILED, "no local port is free to talk to LibreOffice ("
                    + e.getMessage() + ")", e);
        }
    }
}
