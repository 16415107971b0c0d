package org.clausewright.pdf;

import org.jodconverter.local.office.LocalOfficeUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where LibreOffice is installed: the folder a member or a test named, else the first of the usual places
 * (/usr/lib/libreoffice on Debian, /opt/libreoffice*, the application folder on macOS, Program Files on
 * Windows) where JODConverter finds its program.
 */
public final class OfficeHome {
    /** The one sentence a member reads when there is no LibreOffice, naming the Debian package to install. */
    static final String INSTALL = "install the package libreoffice-writer (on Debian or Ubuntu: "
            + "sudo apt install libreoffice-writer) and export again";

    private OfficeHome() {
    }

    /** {@code named} if it holds LibreOffice's program, else the usual places; refused when none does. */
    public static Path find(Optional<Path> named) throws PdfException {
        if (named.isPresent()) {
            Path home = named.get().toAbsolutePath();
            if (holdsOffice(home)) {
                return withWritersDialogs(home);
            }
            throw new PdfException(PdfException.Reason.OFFICE_MISSING, "PDF export needs LibreOffice, and there is "
                    + "none in " + home + " (the office folder named for Clausewright): " + INSTALL
                    + ", or name the folder that holds its program folder");
        }
        File found = LocalOfficeUtils.getDefaultOfficeHome();
        if (found != null && holdsOffice(found.toPath())) {
            return withWritersDialogs(found.toPath().toAbsolutePath());
        }
        throw new PdfException(PdfException.Reason.OFFICE_MISSING,
                "PDF export needs LibreOffice, which is not installed here: " + INSTALL);
    }

    /**
     * The office, unless it is a build without Writer's dialog files: Debian's {@code libreoffice-writer-nogui} has
     * Writer's program but none of its {@code .ui} files, and LibreOffice 7.4 then stops (signal 6, "terminate called
     * after throwing NoSuchElementException") as it lays out a Word file's comments — a draft exported with its
     * comments could never be converted there. Checked where the office keeps them as Linux and Windows do
     * ({@code share/config/soffice.cfg}); an office laid out otherwise (macOS) is taken as it is.
     */
    private static Path withWritersDialogs(Path home) throws PdfException {
        Path writer = home.resolve(WRITER_DIALOGS);
        if (Files.isDirectory(home.resolve("share/config/soffice.cfg/modules"))
                && !Files.isRegularFile(writer.resolve("annotation.ui"))) {
            throw new PdfException(PdfException.Reason.OFFICE_MISSING, "PDF export needs LibreOffice Writer with its "
                    + "dialog files, and the one in " + home + " is a build without them (libreoffice-writer-nogui), "
                    + "which stops on a Word file's comments: " + INSTALL);
        }
        return home;
    }

    /** Where LibreOffice keeps Writer's dialog files, the comment's window among them. */
    static final String WRITER_DIALOGS = "share/config/soffice.cfg/modules/swriter/ui";

    private static boolean holdsOffice(Path home) {
        if (!Files.isDirectory(home)) {
            return false;
        }
        File program = LocalOfficeUtils.getOfficeExecutable(home.toFile());
        return program != null && program.isFile();
    }
}
