package org.clausewright.app;

import java.util.List;

/**
 * The operating system's reasons a file could not be read or written ("Is a directory", "No space left on
 * device", and the same on Windows and macOS), each as what is wrong and what the member can do.
 */
enum FileReason {
    MISSING("it does not exist", "check the name and the folder",
            "No such file or directory", "The system cannot find the file specified",
            "The system cannot find the path specified"),
    PERMISSION("permission denied", "check who may read and write it, or choose another place",
            "Permission denied", "Access is denied"),
    NOT_PERMITTED("the system does not permit it", "check its permissions and whether it is locked, or choose"
            + " another place", "Operation not permitted"),
    IS_A_FOLDER("it is a folder where a file was expected", "give a file's name, or move the folder away",
            "Is a directory"),
    NOT_A_FOLDER("part of its path is a file, not a folder", "check the path", "Not a directory"),
    NOT_EMPTY("it is a folder that is not empty", "choose a new or empty folder",
            "Directory not empty", "The directory is not empty"),
    EXISTS("it already exists", "choose another name, or move it away",
            "File exists", "Cannot create a file when that file already exists"),
    DISK_FULL("the disk is full", "free some space and try again",
            "No space left on device", "There is not enough space on the disk"),
    QUOTA("your disk quota is used up", "free some space and try again", "Disk quota exceeded"),
    READ_ONLY("its disk is read-only", "choose another place", "Read-only file system", "The media is write protected"),
    NAME_TOO_LONG("its name or path is too long", "choose a shorter one",
            "File name too long", "The filename or extension is too long"),
    LINK_LOOP("its symbolic links lead round in a circle", "fix the links",
            "Too many levels of symbolic links", "Too many symbolic links encountered"),
    IO_ERROR("the disk or network drive reported an error", "check it and try again", "Input/output error", "I/O error"),
    BUSY("it is in use by another program", "close it there and try again",
            "Device or resource busy", "Text file busy",
            "The process cannot access the file because it is being used by another process"),
    TOO_MANY_OPEN("too many files are open", "close other programs and try again", "Too many open files"),
    UNREACHABLE("its drive is disconnected or not responding", "reconnect it and try again",
            "Stale file handle", "Stale NFS file handle", "Transport endpoint is not connected", "No such device",
            "Host is down", "Network is unreachable", "The network path was not found",
            "The specified network name is no longer available"),
    /** A file error that gives no reason at all. */
    UNREADABLE("it could not be read or written", "check that it is there and that you may use it"),
    /** A reason not in this list: shown as the system gave it, by the caller. */
    OTHER("", "");

    private final String wrong;
    private final String advice;
    private final List<String> said;

    FileReason(String wrong, String advice, String... said) {
        this.wrong = wrong;
        this.advice = advice;
        this.said = List.of(said);
    }
    static FileReason of(String reason) {
        String r = reason.strip();
        if (r.endsWith(".")) {
            r = r.substring(0, r.length() - 1);
        }
        for (FileReason candidate : values()) {
            for (String s : candidate.said) {
                if (s.equalsIgnoreCase(r)) {
                    return candidate;
                }
            }
        }
        return OTHER;
    }

    /** What is wrong and what to do, for a message that names the file already. */
    String brief() {
        return wrong + "; " + advice;
    }

    /** The whole sentence: the file, what is wrong and what to do ("a file" when the error did not say which). */
    String sentence(String file) {
        return (file == null ? "a file could not be read or written" : file) + ": " + brief();
    }
}
