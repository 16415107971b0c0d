package org.clausewright.app;

import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK's file errors as the operating system raises them, where a test cannot make the system do so
 * (a full disk, a read-only or failing drive, a denied permission for root): the file, what is wrong and what
 * to do. FailureMessagesTest runs the ones a test can cause through the command line.
 */
class FailuresTest {
    @Test
    void fileErrorsNameTheFileAPersonKnowsWhatIsWrongAndWhatToDo() {
        assertThat(Failures.describe(new FileSystemException("/p/clauses/.do-no-harm.json.3fa9c2.tmp", null,
                "No space left on device"))).isEqualTo("/p/clauses/do-no-harm.json: the disk is full; free some space"
                + " and try again");
        assertThat(Failures.describe(new AccessDeniedException("/p/outline.json")))
                .isEqualTo("/p/outline.json: permission denied; check who may read and write it, or choose another place");
        assertThat(Failures.describe(new NoSuchFileException("/p/draft.docx")))
                .isEqualTo("/p/draft.docx: it does not exist; check the name and the folder");
        assertThat(Failures.describe(new FileSystemException("/mnt/usb/p/project.json", null, "Read-only file system")))
                .isEqualTo("/mnt/usb/p/project.json: its disk is read-only; choose another place");
        assertThat(Failures.describe(new FileSystemException("/p/a.json", null, "Input/output error")))
                .startsWith("/p/a.json: the disk or network drive reported an error; ");
        assertThat(Failures.describe(new FileSystemException("/p/a.json", null, "Is a directory")))
                .isEqualTo("/p/a.json: it is a folder where a file was expected; give a file's name, or move the"
                        + " folder away");
        assertThat(Failures.describe(new FileSystemException("C:\\p\\a.json", null, "Access is denied.")))
                .startsWith("C:\\p\\a.json: permission denied; ");
        assertThat(Failures.describe(new FileNotFoundException("/p/a.json (Permission denied)")))
                .startsWith("/p/a.json: permission denied; ");
        assertThat(Failures.describe(new UncheckedIOException(new FileSystemException("/p/b.json", null,
                "Disk quota exceeded")))).isEqualTo("/p/b.json: your disk quota is used up; free some space and try again");
        assertThat(Failures.describe(new FileSystemException("/p/x", null, "Some new reason")))
                .isEqualTo("/p/x: Some new reason");
    }

    @Test
    void aBareReasonFromAStreamIsStillASentenceAndAWrapperQuotingARawCauseGetsItsPlainReading() {
        assertThat(Failures.describe(new IOException("No space left on device")))
                .isEqualTo("a file could not be read or written: the disk is full; free some space and try again");
        AccessDeniedException denied = new AccessDeniedException("/p/.git/.index.lock.12ab.tmp");
        assertThat(Failures.describe(new IOException("could not record in /p (" + denied.getMessage() + ")", denied)))
                .isEqualTo("could not record in /p (/p/.git/index.lock: permission denied; check who may read and"
                        + " write it, or choose another place)");
        IOException io = new IOException("Input/output error");
        assertThat(Failures.describe(new IOException("review.docx could not be read: Input/output error", io)))
                .isEqualTo("review.docx could not be read: the disk or network drive reported an error; check it"
                        + " and try again");
        assertThat(Failures.reason(new FileSystemException("/p/.x.docx.1a.tmp", null, "No space left on device")))
                .isEqualTo("the disk is full; free some space and try again");
        assertThat(Failures.reason(new IOException("File exists"))).isEqualTo("it already exists; choose another"
                + " name, or move it away");
    }

    @Test
    void aWrapperWithoutWordsOfItsOwnSaysItsCause() {
        assertThat(Failures.describe(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space"))))
                .startsWith("out of memory: run with a larger heap");
        assertThat(Failures.describe(new RuntimeException(new NoSuchFileException("/p/a.json"))))
                .isEqualTo("/p/a.json: it does not exist; check the name and the folder");
    }

    @Test
    void anExceptionWithoutWordsIsStillASentence() {
        assertThat(Failures.describe(new NullPointerException())).isEqualTo("an unexpected error (NullPointerException)");
    }
}
