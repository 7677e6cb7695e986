/**
 * Documents in and out: reading uploaded .docx/.pdf/.xlsx/.txt into text and tables (with limits against zip bombs
 * and scans without a text layer), writing .docx in the GB/T 9704 layout and .xlsx ledgers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "platform.documents")
package cn.fazhi.platform.documents;
