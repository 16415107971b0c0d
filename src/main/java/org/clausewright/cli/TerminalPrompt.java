package org.clausewright.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;

/**
 * Asks for a server's user name and password, or an ssh key's passphrase, as git does: through the program named by
 * CLAUSEWRIGHT_ASKPASS or GIT_ASKPASS (given the question, it prints the answer), else on the terminal, unechoed.
 */
final class TerminalPrompt implements CredentialPrompt {
    private final Map<String, String> environment;
    private final Console console;

    TerminalPrompt(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    @Override
    public Optional<Login> ask(String server, String user) {
        String program = askpass();
        if (program == null && console == null) {
            return Optional.empty();
        }
        String name = user != null ? user : answer(program, "Username for '" + server + "': ", true);
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String withUser = server.replaceFirst("://", "://" + name + "@");
        String password = answer(program, "Password for '" + withUser + "': ", false);
        return password == null ? Optional.empty() : Optional.of(new Login(name, password));
    }

    /** The passphrase of an ssh key; empty when there is no terminal or program to ask, or no answer. */
    Optional<char[]> passphrase(Path key) {
        String program = askpass();
        if (program == null && console == null) {
            return Optional.empty();
        }
        String answer = answer(program, "Enter passphrase for key '" + key + "': ", false);
        return answer == null || answer.isEmpty() ? Optional.empty() : Optional.of(answer.toCharArray());
    }

    private String askpass() {
        for (String variable : new String[] {"CLAUSEWRIGHT_ASKPASS", "GIT_ASKPASS"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private String answer(String program, String question, boolean echo) {
        if (program == null) {
            if (echo) {
                return console.readLine("%s", question);
            }
            char[] password = console.readPassword("%s", question);
            return password == null ? null : new String(password);
        }
        try {
            Process process = new ProcessBuilder(program, question)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            String text = out.toString(StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        } catch (IOException e) {
            throw new UncheckedIOException("the password program " + program + " could not be run ("
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
