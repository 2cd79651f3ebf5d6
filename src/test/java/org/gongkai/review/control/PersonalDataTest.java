package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gongkai.review.control.ScanAssertions.described;
import static org.gongkai.review.control.ScanAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataTest {

    private final ContentScanner scanner = new ContentScanner(List.of());

    private List<Finding> scan(String text) {
        return scanner.scan(text);
    }

    @Test
    void identityNumbersWithAValidCheckCharacterAreReportedWithTheirMask() {
        List<Finding> found = scan("申请人身份证号码430102199003071234，代理人身份证号11010519491231002X。");
        assertEquals(List.of("ID_NUMBER:430102199003071234", "ID_NUMBER:11010519491231002X"), described(found));
        Finding first = found.get(0);
        assertEquals(8, first.start());
        assertEquals(26, first.end());
        assertEquals("43*************234", first.suggestion());
        assertEquals("11*************02X", found.get(1).suggestion());
        assertEquals(18, found.get(1).suggestion().length());
    }

    @Test
    void aLowerCaseOrFullWidthCheckXAndFullWidthDigitsStillCount() {
        assertEquals(List.of("ID_NUMBER:11010519491231002x"), described(scan("证件号：11010519491231002x")));
        assertEquals(List.of("ID_NUMBER:４３０１０２１９９００３０７１２３４"),
                described(scan("证件号：４３０１０２１９９００３０７１２３４。")));
    }

    @Test
    void identityNumbersWithAWrongCheckCharacterOrImpossibleDateAreNotReported() {
        assertEquals(List.of(), scan("身份证号码430102199003071235（校验位错误）"));
        assertEquals(List.of(), scan("身份证号码430102199003071233"));
        assertEquals(List.of(), scan("身份证号码110105194912310021"), "X expected as check character");
        // 2001 is no leap year; the check character is right for the digits but the date is impossible.
        assertEquals(List.of(), scan("身份证号码" + withCheck("43010220010229456")));
        // An unknown province code.
        assertEquals(List.of(), scan("编号" + withCheck("99010219900307123")));
        assertEquals(List.of("ID_NUMBER:430102200002294562"), described(scan("生于闰日：430102200002294562")));
    }

    @Test
    void numbersInsideLongerRunsOfDigitsOrGluedToLettersAreNotReported() {
        assertEquals(List.of(), scan("流水号4301021990030712345"), "19 digits holding an ID number");
        assertEquals(List.of(), scan("单号813907318888"), "12 digits holding a mobile number");
        assertEquals(List.of(), scan("编码1390731888801"), "13 digits not starting with 86");
        assertEquals(List.of(), scan("代码：91430100MA4L16JQ9B"), "a 统一社会信用代码");
        assertEquals(List.of(), scan("代码：12430000M13907318888"), "digits glued to a letter");
        assertEquals(List.of(), scan("代码：914301001234"), "12 digits");
        assertEquals(List.of(), scan("金额13907318888.50元"), "a decimal number");
    }

    @Test
    void mobileNumbersInTheirUsualWritings() {
        List<Finding> found = scan("手机13907318888；手机 139-0731-8888；手机 139 0731 8888；"
                + "手机+86 139 0731 8888；手机+8613907318888；手机86-13907318888；手机（+86）139-0731-8888");
        assertEquals(List.of("13907318888", "139-0731-8888", "139 0731 8888", "+86 139 0731 8888", "+8613907318888",
                "86-13907318888", "139-0731-8888"), texts(found, FindingKind.PHONE));
        assertEquals(List.of("139****8888", "139-****-8888", "139 **** 8888", "+86 139 **** 8888", "+86139****8888",
                "86-139****8888", "139-****-8888"), found.stream().map(Finding::suggestion).toList());
    }

    @Test
    void landlinesAndNumbersNotStartingWith13To19AreNotMobiles() {
        assertEquals(List.of(), scan("办公室电话：0731-88888888，传真0731 8888 9999，热线12345，编号12907318888"));
        assertEquals(List.of(), scan("139-0731-88888"), "wrong grouping");
        assertEquals(List.of(), scan("139-0731 8888"), "mixed separators");
    }

    @Test
    void bankCardsMustPassTheLuhnCheck() {
        List<Finding> found = scan("开户账号6228480012345671；另一账号6228480012345672；工资卡6222 0212 3456 7890 128；"
                + "信用卡4392 2500 1234 5678 6；不是卡号：4392 250 01234 5678 6；借记卡6217002710000684874。");
        assertEquals(List.of("6228480012345671", "6222 0212 3456 7890 128", "4392 2500 1234 5678 6",
                "6217002710000684874"), texts(found, FindingKind.BANK_CARD));
        assertEquals(List.of("************5671", "**** **** **** ***0 128", "**** **** **** *678 6",
                "***************4874"),
                found.stream().map(Finding::suggestion).toList());
    }

    @Test
    void anEighteenDigitNumberThatIsNoIdentityNumberMayBeACard() {
        assertEquals(List.of("BANK_CARD:622202123456789012"), described(scan("卡号622202123456789012")));
    }

    @Test
    void emailAddresses() {
        List<Finding> found = scan("来信请寄zhangsan@example.cn或gkb.xxzx@hunan.gov.cn，抄送13907318888@163.com。"
                + "不是地址：@人民网、user@localhost、a@b.c");
        assertEquals(List.of("EMAIL:zhangsan@example.cn", "EMAIL:gkb.xxzx@hunan.gov.cn", "EMAIL:13907318888@163.com"),
                described(found), "digits of an address are reported only as the address");
        assertEquals(List.of("z***@example.cn", "g***@hunan.gov.cn", "1***@163.com"),
                found.stream().map(Finding::suggestion).toList());
        assertEquals(List.of("PHONE:13907318888", "EMAIL:13907318888@qq.com"),
                described(scan("手机 13907318888 13907318888@qq.com")), "a number just before an address");
    }

    @Test
    void offsetsCountCharsAndEndIsExclusive() {
        String text = "𠀀电话13907318888";
        Finding phone = scan(text).get(0);
        assertEquals(4, phone.start(), "the supplementary character counts two chars");
        assertEquals(text.length(), phone.end());
        assertEquals(phone.text(), text.substring(phone.start(), phone.end()));
    }

    @Test
    void findingsAreSortedByStart() {
        List<Finding> found = scan("wang@hunan.gov.cn 6228480012345671 13907318888 430102199003071234");
        assertEquals(4, found.size());
        for (int k = 1; k < found.size(); k++) {
            assertTrue(found.get(k - 1).start() < found.get(k).start());
        }
    }

    /** Appends the ISO 7064 MOD 11-2 check character, computed here independently of the scanner. */
    static String withCheck(String seventeen) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            int weight = 1;
            for (int p = 0; p < 17 - k; p++) {
                weight = weight * 2 % 11;
            }
            sum += (seventeen.charAt(k) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return seventeen + (check == 10 ? "X" : String.valueOf(check));
    }
}
