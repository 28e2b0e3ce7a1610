package vn.doingoai.report.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a national dataset in the {@code doingoai-dataset/1} form of API.md: every province, the
 * ten years 2016–2025, about {@code size} records (200,000 by default) across partners, delegations
 * with members, events with bridge points, investments with adjustments, aid with transactions,
 * indicator values (actual and plan), entry approvals, citizen support, press visits and protection
 * cases. Provinces dissolved on 30 June 2025 only get records before the merger.
 *
 * <p>The set is cut into one document per year (each well under the 50 MB upload limit); every
 * document repeats the partners, which the import matches by {@code ref}. Deterministic for a seed.
 *
 * <p>Run: {@code java ... NationalDatasetGenerator [size] [outDir]} or call {@link #generate}.
 */
public final class NationalDatasetGenerator {

    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2025;
    static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);
    static final String[] COUNTRIES = {"KR", "JP", "CN", "LA", "SG", "US", "TH", "DE", "FR", "AU", "FI", "AT", "KH"};
    static final String[] EVENT_TYPES = {
        "CONFERENCE", "SEMINAR", "TALKS", "TRADE_PROMOTION", "CULTURAL", "RECEPTION", "HOMELAND", "OTHER"
    };
    static final String[] FORMATS = {"IN_PERSON", "IN_PERSON", "ONLINE", "HYBRID"};
    static final String[] ROLES = {"HOSTED", "CO_HOSTED", "ATTENDED"};
    static final String[] AID_KINDS = {"PROGRAMME", "PROJECT", "NON_PROJECT", "EMERGENCY_RELIEF", "ODA"};
    static final String[] LEVELS = {"PROVINCE", "AGENCY", "COMMUNE"};

    /** One province: its code and whether it was dissolved on 30 June 2025. */
    public record Province(String code, boolean dissolved) {}

    /** One document of the set: its year, its JSON and how many top-level records it holds. */
    public record Part(int year, String json, int records) {}

    private NationalDatasetGenerator() {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        Files.createDirectories(dir);
        int total = 0;
        for (Part part : generate(provinces(), size, 42L)) {
            Files.writeString(dir.resolve("national-" + part.year() + ".json"), part.json(), StandardCharsets.UTF_8);
            total += part.records();
        }
        System.out.println("Wrote " + total + " records to " + dir.toAbsolutePath());
    }

    /** The provinces of {@code reference/provinces.csv} (copied from shared/data) (before and after the 2025 merger). */
    public static List<Province> provinces() throws IOException {
        List<Province> out = new ArrayList<>();
        List<String> lines = vn.doingoai.support.Api.resource("reference/provinces.csv")
                .lines()
                .toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 4 && !cells[0].isBlank()) {
                out.add(new Province(cells[0].trim(), !cells[3].isBlank()));
            }
        }
        return out;
    }

    public static List<Part> generate(List<Province> provinces, int size, long seed) {
        Random random = new Random(seed);
        int partnerCount = Math.max(50, size / 40);
        int years = LAST_YEAR - FIRST_YEAR + 1;
        // indicator values: per province and year, four quarters of export and import, and two plans
        int indicatorsPerYear = provinces.size() * 10;
        int perYear = Math.max(0, size - partnerCount) / years - indicatorsPerYear;
        String partners = partners(partnerCount);
        List<Part> parts = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            parts.add(year(year, provinces, Math.max(perYear, provinces.size()), partnerCount, partners, random));
        }
        return parts;
    }

    private static String partners(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String kind = i % 3 == 0 ? "FOREIGN_NGO" : i % 3 == 1 ? "ENTERPRISE" : "FOREIGN_LOCALITY";
            String country = COUNTRIES[i % COUNTRIES.length];
            comma(out)
                    .append("{\"ref\":\"bp")
                    .append(i)
                    .append("\",\"kind\":\"")
                    .append(kind)
                    .append("\",\"name\":\"Bench partner ")
                    .append(i)
                    .append("\",\"nameVi\":\"Đối tác thử ")
                    .append(i)
                    .append("\",\"country\":\"")
                    .append(country)
                    .append("\",\"parent\":null}");
        }
        return out.toString();
    }

    private static Part year(int year, List<Province> all, int records, int partners, String partnerJson, Random r) {
        List<Province> provinces = new ArrayList<>();
        for (Province p : all) {
            provinces.add(p);
        }
        StringBuilder delegations = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder investments = new StringBuilder();
        StringBuilder aid = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        StringBuilder support = new StringBuilder();
        StringBuilder press = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        StringBuilder agreements = new StringBuilder();
        int count = 0;
        for (int i = 0; i < records; i++) {
            LocalDate date = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
            Province province = provinces.get(r.nextInt(provinces.size()));
            if (province.dissolved() && !date.isBefore(MERGER_DAY)) {
                date = MERGER_DAY.minusDays(1 + r.nextInt(180));
            }
            String unit = province.code();
            String ref = "b" + year + "-" + i;
            int dice = r.nextInt(100);
            if (dice < 30) {
                int members = 1 + r.nextInt(6);
                comma(delegations)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"direction\":\"")
                        .append(r.nextBoolean() ? "OUTGOING" : "INCOMING")
                        .append("\",\"title\":\"Đoàn công tác ")
                        .append(ref)
                        .append("\",\"purpose\":\"Làm việc, trao đổi hợp tác\",\"countries\":[\"")
                        .append(COUNTRIES[r.nextInt(COUNTRIES.length)])
                        .append("\"],\"partners\":[\"bp")
                        .append(r.nextInt(partners))
                        .append("\"],\"startDate\":\"")
                        .append(date)
                        .append("\",\"endDate\":\"")
                        .append(date.plusDays(r.nextInt(7)))
                        .append("\",\"members\":[");
                for (int m = 0; m < members; m++) {
                    delegations
                            .append(m > 0 ? "," : "")
                            .append("{\"name\":\"Thành viên ")
                            .append(m + 1)
                            .append("\",\"position\":\"Chuyên viên\",\"organization\":\"Sở Ngoại vụ\"}");
                }
                delegations
                        .append("],\"status\":\"")
                        .append(r.nextInt(10) < 8 ? "DONE" : "APPROVED")
                        .append("\"}");
            } else if (dice < 48) {
                String format = FORMATS[r.nextInt(FORMATS.length)];
                comma(events)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"title\":\"Sự kiện ")
                        .append(ref)
                        .append("\",\"type\":\"")
                        .append(EVENT_TYPES[r.nextInt(EVENT_TYPES.length)])
                        .append("\",\"format\":\"")
                        .append(format)
                        .append("\",\"role\":\"")
                        .append(ROLES[r.nextInt(ROLES.length)])
                        .append("\",\"startDate\":\"")
                        .append(date)
                        .append("\",\"endDate\":\"")
                        .append(date.plusDays(r.nextInt(3)))
                        .append("\",\"partners\":[],\"bridgePoints\":[");
                if (!"IN_PERSON".equals(format)) {
                    events.append("{\"place\":\"Tokyo\",\"country\":\"JP\"},{\"place\":\"Seoul\",\"country\":\"KR\"}");
                }
                events.append("]}");
            } else if (dice < 63) {
                comma(investments)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"name\":\"Dự án FDI ")
                        .append(ref)
                        .append("\",\"investor\":\"bp")
                        .append(1 + 3 * r.nextInt(Math.max(1, partners / 3 - 1)))
                        .append("\",\"country\":\"")
                        .append(COUNTRIES[r.nextInt(COUNTRIES.length)])
                        .append("\",\"registeredOn\":\"")
                        .append(date)
                        .append("\",\"capital\":{\"amount\":")
                        .append(1_000_000 + r.nextInt(50_000_000))
                        .append(".50,\"currency\":\"USD\"},\"status\":\"ACTIVE\",\"endedOn\":null,\"adjustments\":[");
                if (r.nextInt(3) == 0 && date.plusDays(200).getYear() <= LAST_YEAR) {
                    investments
                            .append("{\"date\":\"")
                            .append(date.plusDays(30 + r.nextInt(170)))
                            .append("\",\"capitalChange\":{\"amount\":")
                            .append(100_000 + r.nextInt(5_000_000))
                            .append(",\"currency\":\"USD\"}}");
                }
                investments.append("]}");
            } else if (dice < 75) {
                comma(aid)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"donor\":\"bp")
                        .append(3 * r.nextInt(Math.max(1, partners / 3)))
                        .append("\",\"kind\":\"")
                        .append(AID_KINDS[r.nextInt(AID_KINDS.length)])
                        .append("\",\"title\":\"Dự án viện trợ ")
                        .append(ref)
                        .append("\",\"sector\":\"12220\",\"startDate\":\"")
                        .append(date)
                        .append("\",\"endDate\":\"")
                        .append(date.plusYears(2))
                        .append("\",\"transactions\":[{\"type\":\"COMMITMENT\",\"date\":\"")
                        .append(date)
                        .append("\",\"value\":{\"amount\":")
                        .append(10_000 + r.nextInt(900_000))
                        .append(",\"currency\":\"USD\"}}");
                for (int t = 0; t < 1 + r.nextInt(3); t++) {
                    LocalDate paid = date.plusDays(10 + r.nextInt(300));
                    boolean vnd = r.nextBoolean();
                    aid.append(",{\"type\":\"DISBURSEMENT\",\"date\":\"")
                            .append(paid)
                            .append("\",\"value\":{\"amount\":")
                            .append(vnd ? (100 + r.nextInt(9000)) + "000000" : String.valueOf(1000 + r.nextInt(90_000)))
                            .append(",\"currency\":\"")
                            .append(vnd ? "VND" : "USD")
                            .append("\"}}");
                }
                aid.append("]}");
            } else if (dice < 85) {
                int approved = 1 + r.nextInt(400);
                comma(entries)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"decidedOn\":\"")
                        .append(date)
                        .append("\",\"approved\":")
                        .append(approved)
                        .append(",\"received\":")
                        .append(r.nextInt(approved + 1))
                        .append("}");
            } else if (dice < 92) {
                int persons = 1 + r.nextInt(2000);
                comma(support)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"paidOn\":\"")
                        .append(date)
                        .append("\",\"persons\":")
                        .append(persons)
                        .append(",\"amount\":{\"amount\":")
                        .append(persons * 2_000_000L)
                        .append(",\"currency\":\"VND\"}}");
            } else if (dice < 95) {
                comma(press)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"startDate\":\"")
                        .append(date)
                        .append("\",\"countries\":[\"")
                        .append(COUNTRIES[r.nextInt(COUNTRIES.length)])
                        .append("\"],\"members\":")
                        .append(1 + r.nextInt(6))
                        .append("}");
            } else if (dice < 97) {
                comma(cases)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"openedOn\":\"")
                        .append(date)
                        .append("\",\"country\":\"")
                        .append(COUNTRIES[r.nextInt(COUNTRIES.length)])
                        .append("\",\"summary\":\"Vụ việc bảo hộ công dân ")
                        .append(ref)
                        .append("\"}");
            } else {
                comma(agreements)
                        .append("{\"ref\":\"")
                        .append(ref)
                        .append("\",\"unit\":\"")
                        .append(unit)
                        .append("\",\"level\":\"")
                        .append(LEVELS[r.nextInt(LEVELS.length)])
                        .append("\",\"title\":\"Thỏa thuận hợp tác ")
                        .append(ref)
                        .append("\",\"partners\":[\"bp")
                        .append(2 + 3 * r.nextInt(Math.max(1, partners / 3 - 1)))
                        .append("\"],\"signedOn\":\"")
                        .append(date)
                        .append("\",\"validFrom\":\"")
                        .append(date)
                        .append("\",\"validTo\":\"")
                        .append(date.plusYears(5))
                        .append("\",\"fields\":[\"AGRICULTURE\",\"EDUCATION\"],\"status\":\"SIGNED\"}");
            }
            count++;
        }
        StringBuilder indicators = new StringBuilder();
        for (Province p : provinces) {
            if (p.dissolved() && year == LAST_YEAR) {
                continue;
            }
            for (String indicator : List.of("trade.export", "trade.import")) {
                for (int q = 1; q <= 4; q++) {
                    indicator(
                            indicators,
                            indicator,
                            p.code(),
                            year + "-Q" + q,
                            "ACTUAL",
                            50_000_000L + r.nextInt(900_000_000));
                    count++;
                }
                indicator(
                        indicators,
                        indicator,
                        p.code(),
                        String.valueOf(year),
                        "PLAN",
                        4_000_000_000L + r.nextInt(1_000_000_000));
                count++;
            }
        }
        StringBuilder json = new StringBuilder(records * 400);
        json.append("{\"format\":\"doingoai-dataset/1\",")
                .append("\"exchangeRates\":[{\"currency\":\"VND\",\"from\":\"")
                .append(year)
                .append("-01-01\",\"perUsd\":")
                .append(22_000 + (year - FIRST_YEAR) * 300)
                .append("}],\"partners\":[")
                .append(partnerJson)
                .append("],\"agreements\":[")
                .append(agreements)
                .append("],\"delegations\":[")
                .append(delegations)
                .append("],\"events\":[")
                .append(events)
                .append("],\"investments\":[")
                .append(investments)
                .append("],\"aid\":[")
                .append(aid)
                .append("],\"indicatorValues\":[")
                .append(indicators)
                .append("],\"entryApprovals\":[")
                .append(entries)
                .append("],\"citizenSupport\":[")
                .append(support)
                .append("],\"pressVisits\":[")
                .append(press)
                .append("],\"protectionCases\":[")
                .append(cases)
                .append("]}");
        return new Part(year, json.toString(), count + partners);
    }

    private static void indicator(
            StringBuilder out, String indicator, String unit, String period, String kind, long value) {
        comma(out)
                .append("{\"indicator\":\"")
                .append(indicator)
                .append("\",\"unit\":\"")
                .append(unit)
                .append("\",\"period\":\"")
                .append(period)
                .append("\",\"kind\":\"")
                .append(kind)
                .append("\",\"value\":")
                .append(value)
                .append("}");
    }

    private static StringBuilder comma(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append(',');
        }
        return out;
    }
}
