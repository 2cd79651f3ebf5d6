package org.gongkai.request.web;

import org.gongkai.request.control.FilingReceipt;
import org.gongkai.request.control.ReceiptPdf;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** The filing receipt (回执) as a PDF download, for the applicant's and the officers' pages. */
final class Receipts {

    private Receipts() {
    }

    static StreamedContent download(FilingReceipt receipt) {
        if (receipt == null) {
            return null;
        }
        byte[] pdf = ReceiptPdf.render(receipt);
        return DefaultStreamedContent.builder()
                .name("receipt-" + receipt.trackingCode() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }
}
