package org.clausewright.docx.review;

/**
 * A place in the document: paragraph index and offset in that paragraph's full text. An offset of -1 means
 * the end of the paragraph (a range mark that Word put between paragraphs).
 */
record TextPoint(int paragraph, int offset) {
}
