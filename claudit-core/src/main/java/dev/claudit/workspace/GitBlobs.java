package dev.claudit.workspace;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads blobs by id through one long-lived {@code git cat-file --batch}, one request at a time (extraction threads
 * share it); blobs too large to hold are streamed by a {@code git cat-file blob} of their own. Close it to end the
 * process.
 */
final class GitBlobs implements AutoCloseable {
    private final Git git;
    private Process process;

    GitBlobs(Git git) {
        this.git = git;
    }

    synchronized byte[] read(String blob) throws IOException {
        if (process == null) {
            try {
                process = git.start("cat-file", "--batch");
            } catch (Git.Failure e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        OutputStream request = process.getOutputStream();
        InputStream answer = process.getInputStream();
        request.write((blob + "\n").getBytes(StandardCharsets.US_ASCII));
        request.flush();
        String header = readLine(answer);
        String[] p = header.split(" ");
        if (p.length != 3 || !p[1].equals("blob")) throw new IOException("git blob cannot be read");
        int size = Math.toIntExact(Long.parseLong(p[2]));
        byte[] content = answer.readNBytes(size);
        if (content.length != size || answer.read() != '\n') throw new EOFException("git blob cut short");
        return content;
    }

    /** A blob as a stream from a process of its own: for blobs too large to read whole. */
    InputStream open(String blob) throws IOException {
        Process p;
        try {
            p = git.start("cat-file", "blob", blob);
        } catch (Git.Failure e) {
            throw new IOException(e.getMessage(), e);
        }
        p.getOutputStream().close();
        return new java.io.FilterInputStream(p.getInputStream()) {
            @Override
            public void close() throws IOException {
                super.close();
                p.destroy();
            }
        };
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new EOFException("git cat-file ended early");
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized void close() {
        if (process == null) return;
        try {
            process.getOutputStream().close(); // end of input: cat-file exits
            process.getInputStream().close();
        } catch (IOException e) {
            // it is going away either way
        }
        process.destroy();
        process = null;
    }
}
