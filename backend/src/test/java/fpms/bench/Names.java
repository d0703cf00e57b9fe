package fpms.bench;

import java.util.Random;
import java.util.Set;

/**
 * Plausible Chinese names with a realistic skew: a few surnames cover most people (王 李 张 刘 …), 马 is among the
 * most common in 宁夏, and popular given-name characters repeat a lot — which is what makes name search hard.
 */
final class Names {

    /** Surnames with rough weights (per mille): the national top ones, plus the Hui surnames common in 宁夏. */
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "马", "杨", "陈", "赵", "周", "黄", "吴", "孙", "郭", "高", "徐",
        "胡", "丁", "田", "朱", "何", "罗", "白", "韩", "苏", "曹", "贾", "魏", "冯", "金", "海", "薛", "任", "于", "杜", "石", "袁",
        "牛", "蒋", "余", "纳", "虎", "撒", "拓", "者", "锁", "慕"};
    private static final int[] WEIGHTS = {75, 72, 68, 55, 60, 45, 30, 25, 15, 15, 13, 14, 14, 13, 12,
        12, 12, 10, 10, 10, 8, 9, 9, 8, 8, 7, 7, 8, 5, 4, 5, 6, 6, 6, 5, 5,
        4, 4, 4, 1, 1, 1, 1, 1, 1, 1};
    /** Hui families (回族) mostly carry these surnames. */
    static final Set<String> HUI = Set.of("马", "丁", "海", "金", "苏", "纳", "虎", "撒", "锁", "者", "白");
    static final String MALE = "建国志强伟军明华平文斌涛鹏浩杰宏海生福有学德忠永东成林刚勇兵俊磊超亮飞宇晨轩博占虎龙山春金玉";
    static final String FEMALE = "秀英桂兰玉芳娟霞敏静燕红梅琴花春雪晓丽淑珍彩凤萍婷娜欣怡佳雨慧艳莉洁倩";
    private static final int TOTAL;

    static {
        int t = 0;
        for (int w : WEIGHTS) {
            t += w;
        }
        TOTAL = t;
    }

    private Names() {
    }

    static String surname(Random rnd) {
        int r = rnd.nextInt(TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    /** A 2-character (about a third) or 3-character full name. */
    static String full(String surname, boolean male, Random rnd) {
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(surname).append(pool.charAt(rnd.nextInt(pool.length())));
        if (rnd.nextInt(100) >= 35) {
            name.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        return name.toString();
    }

    /** The name with one character (not the surname, which people rarely get wrong) replaced by another. */
    static String typo(String name, Random rnd) {
        int at = 1 + rnd.nextInt(name.length() - 1);
        String pool = MALE + FEMALE;
        char c;
        do {
            c = pool.charAt(rnd.nextInt(pool.length()));
        } while (c == name.charAt(at));
        return name.substring(0, at) + c + name.substring(at + 1);
    }

    /** Two characters of a name, as someone types who remembers only part of it. */
    static String partial(String name, Random rnd) {
        if (name.length() <= 2) {
            return name;
        }
        int from = rnd.nextInt(name.length() - 1);
        return name.substring(from, from + 2);
    }
}
