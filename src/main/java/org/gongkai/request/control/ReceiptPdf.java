package org.gongkai.request.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.control.ChineseLineBreaks;
import org.gongkai.platform.control.OfficialDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The printable filing receipt (政府信息公开申请回执), A4, in the letters' embedded Chinese font: the
 * applicant keeps it with the passcode, and officers hand it to people who apply in person or send
 * it to those who apply by post or fax.
 */
public final class ReceiptPdf {

    private static final int QUOTE_LIMIT = 200;

    private ReceiptPdf() {
    }

    public static byte[] render(FilingReceipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 80, 80, 80, 80);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("政府信息公开申请回执 " + receipt.trackingCode());
            document.addCreator("Gongkai 政府信息公开平台");
            BaseFont base = LetterPdf.baseFont();
            Font title = new Font(base, 20, Font.BOLD);
            Font body = new Font(base, 12);
            Font strong = new Font(base, 14, Font.BOLD);
            document.open();
            Paragraph organ = new Paragraph(receipt.organName(), new Font(base, 15));
            organ.setAlignment(Element.ALIGN_CENTER);
            document.add(organ);
            Paragraph heading = new Paragraph("政府信息公开申请回执", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(18);
            document.add(heading);

            PdfPTable table = new PdfPTable(new float[]{1.2f, 3f});
            table.setWidthPercentage(100);
            row(table, "申请编号", receipt.trackingCode(), body, strong);
            row(table, "查询密码", receipt.passcode(), body, strong);
            row(table, "提交方式", receipt.channelLabel(), body, body);
            row(table, "收到申请日期", OfficialDates.chineseWithWeekday(receipt.receivedOn()), body, body);
            row(table, "答复期限", OfficialDates.chineseWithWeekday(receipt.dueOn())
                    + (receipt.provisional() ? "（该年节假日安排尚未公布，日期可能调整）" : ""), body, body);
            String description = receipt.description().strip().replaceAll("\\s+", " ");
            row(table, "申请内容", description.length() > QUOTE_LIMIT ? description.substring(0, QUOTE_LIMIT) + "……"
                    : description, body, body);
            document.add(table);

            for (String text : new String[]{
                    "本机关自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，"
                            + "延长的期限最长不超过20个工作日（《中华人民共和国政府信息公开条例》第三十三条）。征求第三方意见所需时间不计算在内。",
                    "请妥善保管申请编号和查询密码。凭申请编号和查询密码可在本平台“申请查询”页面查看办理进度、下载答复告知书。"
                            + "查询密码仅在提交时显示一次，本机关不保存其明文，遗失后无法找回。"}) {
                Chunk chunk = new Chunk(text, body);
                chunk.setSplitCharacter(ChineseLineBreaks.RULES);
                Paragraph paragraph = new Paragraph(22, chunk);
                paragraph.setFirstLineIndent(24);
                paragraph.setSpacingBefore(10);
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                document.add(paragraph);
            }
            Paragraph signature = new Paragraph(receipt.organName(), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(30);
            document.add(signature);
            Paragraph date = new Paragraph(OfficialDates.chinese(receipt.issuedOn()), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("filing receipt not rendered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell name = new PdfPCell(new Paragraph(label, labelFont));
        name.setPadding(6);
        Chunk chunk = new Chunk(value, valueFont);
        chunk.setSplitCharacter(ChineseLineBreaks.RULES);
        PdfPCell content = new PdfPCell(new Paragraph(chunk));
        content.setPadding(6);
        table.addCell(name);
        table.addCell(content);
    }
}
