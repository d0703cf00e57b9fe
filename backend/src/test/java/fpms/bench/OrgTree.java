package fpms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A province-sized org tree under 宁夏 (id 1): 5 cities × 5 districts × 10 towns × 10 villages = 2 500 villages,
 * ids from 100 000, paths "/1/city/district/town/village/". Cities differ in size as real ones do (银川 ≈ 40 %),
 * so that some subtree holds about a million persons (the export test) and another about a hundred thousand.
 */
final class OrgTree {

    /** A village: where persons live; region is the 6-digit code their ID numbers start with. */
    record Village(long id, String name, String region, double share) {
    }

    private static final String[] CITIES = {"银川市", "石嘴山市", "吴忠市", "固原市", "宁东市"};
    private static final double[] CITY_SHARE = {0.40, 0.10, 0.19, 0.16, 0.15};
    private static final String[][] DISTRICTS = {
        {"兴庆区", "西夏区", "金凤区", "永宁县", "贺兰县"}, {"大武口区", "惠农区", "平罗县", "石炭井区", "红果子区"},
        {"利通区", "红寺堡区", "盐池县", "同心县", "青铜峡市"}, {"原州区", "西吉县", "隆德县", "泾源县", "彭阳县"},
        {"宁东区", "灵州区", "马家滩区", "鸳鸯湖区", "清水营区"}};
    private static final String[][] REGIONS = {
        {"640104", "640105", "640106", "640121", "640122"}, {"640202", "640205", "640221", "640281", "640282"},
        {"640302", "640303", "640323", "640324", "640381"}, {"640402", "640422", "640423", "640424", "640425"},
        {"640602", "640603", "640621", "640622", "640623"}};
    private static final String[] TOWNS = ("城关 新华 金山 兴隆 红星 东风 永丰 和平 团结 胜利 光明 前进 幸福 长城 黄河 贺兰 六盘 清水 大坝 高庙 "
            + "李俊 通贵 掌政 杨和 望远 习岗 暖泉 洪广 立岗 金积 高闸 韦州 王团 白崖 三营 七营 彭堡 头营 官厅 新集").split(" ");
    private static final String[] VILLAGES = ("张湾 李庄 王团 马家 杨渠 陈滩 刘套 红旗 东方 西湖 南关 北塔 新庄 旧堡 沙湾 河滩 柳树 "
            + "枣园 果园 双井 三合 四十里 五里 六盘 七星 八里 九龙 十里 上庄 下庄 中滩 前进 后营 东风 西干 南梁 北山 高台 大寨 小河").split(" ");

    /** The app's zone: the generated data's "today" is the app's. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OrgTree() {
    }

    /** The creation time of generated records: the start of the app's today (a load is no user's write). */
    static OffsetDateTime createdAt() {
        return LocalDate.now(ZONE).atStartOfDay(ZONE).toOffsetDateTime();
    }

    static List<Village> create(Connection db, Random rnd) throws SQLException {
        List<Village> villages = new ArrayList<>();
        long id = 100_000;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into org_unit (id, parent_id, code, name, level, path, created_at) values (?, ?, null, ?, ?, ?, ?)")) {
            for (int c = 0; c < CITIES.length; c++) {
                long city = id++;
                add(insert, city, 1, CITIES[c], "CITY", "/1/" + city + "/");
                for (int d = 0; d < 5; d++) {
                    long district = id++;
                    String dPath = "/1/" + city + "/" + district + "/";
                    add(insert, district, city, DISTRICTS[c][d], "DISTRICT", dPath);
                    for (String townName : pick(TOWNS, 10, rnd)) {
                        long town = id++;
                        add(insert, town, district, townName + (rnd.nextInt(4) == 0 ? "乡" : "镇"), "TOWN", dPath + town + "/");
                        for (String villageName : pick(VILLAGES, 10, rnd)) {
                            long village = id++;
                            String name = villageName + (rnd.nextInt(5) == 0 ? "社区" : "村");
                            add(insert, village, town, name, "VILLAGE", dPath + town + "/" + village + "/");
                            // a village's share of the province: its city's share, split unevenly (±40 %)
                            villages.add(new Village(village, name, REGIONS[c][d], CITY_SHARE[c] / 500 * (0.6 + 0.8 * rnd.nextDouble())));
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return villages;
    }

    private static void add(PreparedStatement insert, long id, long parent, String name, String level, String path) throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, parent);
        insert.setString(3, name);
        insert.setString(4, level);
        insert.setString(5, path);
        insert.setObject(6, createdAt());
        insert.addBatch();
    }

    private static List<String> pick(String[] names, int n, Random rnd) {
        List<String> all = new ArrayList<>(Arrays.asList(names));
        Collections.shuffle(all, rnd);
        return all.subList(0, n);
    }
}
