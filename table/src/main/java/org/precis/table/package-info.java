/**
 * Tables as hospitals export them. {@link org.precis.table.CsvText} reads a CSV file's bytes as
 * text (a UTF-8 byte-order mark is dropped; bytes that are not valid UTF-8 are read as
 * Windows-1252, which covers Latin-1) and settles its separator (comma, semicolon or tab: given, or
 * taken from the header line); {@link org.precis.table.CsvRecords} splits the text into records as
 * RFC 4180 does, each with the line it starts on. A fault in the data is a
 * {@link org.precis.table.InputDataException} naming the file and the line (other
 * modules throw it too for a fault in a file's content), where line 1 is the
 * header: the line number an editor shows.
 */
package org.precis.table;
