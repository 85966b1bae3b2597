package jp.akapen.privacy.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/**
 * Seed P4: every way to personal data writes exactly one audit event. The privacy area's Spring beans are searched
 * by reflection for public methods that hand out personal data, i.e. whose return type mentions one of the vault's
 * value types, a String (a name or an address could leave as one) or bytes (a file could); each must be in
 * {@link #AUDITED} with a call
 * that proves it logs exactly one read, or in {@link #NOT_PERSONAL} with the reason it is not personal data. A new
 * read path that is in neither fails the build.
 */
@AkapenSpringTest
class EveryPersonalDataReadIsAuditedTest {

    /** What personal data leaves the vault as. */
    static final Set<Class<?>> PERSONAL_TYPES = Set.of(PersonalData.class, PersonalDataEntry.class, FieldReading.class,
            String.class, byte.class);

    /** Each read path and a call of it as ward staff on resident1. */
    static final Map<String, Function<Fixture, Object>> AUDITED = Map.of(
            "PersonalDataService.readField(long,Field)",
            f -> f.personalData.readField(f.resident1, PersonalData.Field.EMAIL),
            "PersonalDataService.readAll(long)",
            f -> f.personalData.readAll(f.resident1),
            "DeliveryAddresses.emailForDelivery(long)",
            f -> f.deliveryAddresses.emailForDelivery(f.resident1).orElseThrow(),
            "ErasureVerificationValues.valuesToVerify(long,List)",
            f -> f.erasureValues.valuesToVerify(f.cohort1, List.of(f.resident1)));

    /** Public methods that return Strings or bytes which are not personal data, or are audited as something else. */
    static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("MasterKey.toBase64()", "the master key itself (only for writing a new key file), no person's data"),
            Map.entry("MasterKey.fingerprint()", "16 hex digits of the master key's hash"),
            Map.entry("AuditKey.fingerprint()", "16 hex digits of the audit key's hash"),
            Map.entry("SealedMfaSecrets.seal(long,String)", "a TOTP secret sealed for the account area: a credential, not a resident's"
                    + " name, address or email; what it is used for, a sign-in, is itself audited"),
            Map.entry("SealedMfaSecrets.open(long,String)", "the same TOTP secret opened to check a code at sign-in (audited as the"
                    + " sign-in)"),
            Map.entry("SealedFiles.seal(long,String,byte[])", "a file's bytes as ciphertext under the file's own data key"),
            Map.entry("SealedFiles.openForDownload(long,String,byte[])", "a file's content, which may hold personal data: each"
                    + " opening writes one FILE_DOWNLOADED event with the file's SHA-256 (PortalFilesTest)"),
            Map.entry("SealedFiles.openSecret(long,String,byte[])", "a zip's generated password shown to the file's reader, no"
                    + " person's data; the content itself is refused here"),
            Map.entry("CohortKeyEraser.category()", "the name of an erasure step (data_key), no person's data"),
            Map.entry("CohortKeyEraser.eraseBatch(ErasureScope,int)", "ids of the data keys destroyed (cohort:12), each"
                    + " destroying audited as DATA_KEY_DESTROYED"),
            Map.entry("CohortEntryEraser.category()", "the name of an erasure step (vault_entry)"),
            Map.entry("CohortKeyEraser.tables()", "the names of the tables the step erases from (data_key)"),
            Map.entry("CohortEntryEraser.tables()", "the names of the tables the step erases from (vault_entry)"),
            Map.entry("CohortDesignationEraser.tables()", "the names of the tables the step erases from"),

            Map.entry("CohortEntryEraser.eraseBatch(ErasureScope,int)", "ids of the residents whose vault entry was"
                    + " deleted (person:45), no value; the step is audited as ERASURE_STEP_FINISHED with its count"),
            Map.entry("CohortDesignationEraser.category()", "the name of an erasure step (handler_designation)"),
            Map.entry("CohortDesignationEraser.eraseBatch(ErasureScope,int)", "ids of the designations ended, each"
                    + " ending audited as HANDLER_DESIGNATION_ENDED"),
            Map.entry("ErasureService.remaining(long)", "counts of records per erasure category, no value"),
            Map.entry("ErasureCertificates.pdf(long)", "the erasure certificate: categories, counts, times, staff names"
                    + " and hashes, no resident's data (ErasureCertificateFlowTest checks a resident's name is absent)"),
            Map.entry("CohortExport.readForTakeOut(long,Set)", "an approved take-out's roster: audited as"
                    + " PERSONAL_DATA_EXPORTED, one event per resident read, not one PERSONAL_DATA_READ per call"
                    + " (TakeOutServiceTest)"),
            Map.entry("ReportService.pdf(long)", "a handling-status report: staff names, counts of accesses, take-out"
                    + " and retention facts, no resident's data; each download audited as OVERSIGHT_REPORT_DOWNLOADED"),
            Map.entry("ReportService.csv(long)", "the same report as CSV, audited the same way"),
            Map.entry("ReportService.sectionTitles(Locale)", "the titles of the report's sections, from the i18n bundles"),
            Map.entry("HandlersReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("AccessReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("TakeOutReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("RetentionReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("TrainingReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("IncidentReportSection.title(Locale)", "a section title from the i18n bundles"),
            Map.entry("ResidentAccountEraser.category()", "the step's name, a constant"),
            Map.entry("ResidentAccountEraser.tables()", "the names of the tables the step rebuilds"),
            Map.entry("ResidentAccountEraser.eraseBatch(ErasureScope,int)",
                    "record ids of the accounts it closed (account:<id>), no value"));

    record Fixture(PersonalDataService personalData, DeliveryAddresses deliveryAddresses,
            ErasureVerificationValues erasureValues, long resident1, long cohort1) {
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    DeliveryAddresses deliveryAddresses;

    @Autowired
    ErasureVerificationValues erasureValues;

    @Autowired
    CohortMemberRepository cohortMembers;

    @Autowired
    UserDetailsService users;

    VaultFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
    }

    @Test
    void every_public_method_of_the_privacy_area_that_returns_personal_data_is_audited_or_explained() {
        Map<String, Method> found = personalDataMethods(context);

        assertThat(found).as("the scan finds the read paths it is meant to find").containsKeys(
                AUDITED.keySet().toArray(String[]::new));
        var unexplained = new TreeSet<>(found.keySet());
        unexplained.removeAll(AUDITED.keySet());
        unexplained.removeAll(NOT_PERSONAL.keySet());
        assertThat(unexplained).as("public methods returning personal data with no audited call in this test's table")
                .isEmpty();
        var stale = new TreeSet<String>(AUDITED.keySet());
        stale.addAll(NOT_PERSONAL.keySet());
        stale.removeAll(found.keySet());
        assertThat(stale).as("table entries for methods that no longer exist").isEmpty();
    }

    static Set<String> audited() {
        return new TreeSet<>(AUDITED.keySet());
    }

    @ParameterizedTest(name = "{0} writes exactly one audit event")
    @MethodSource("audited")
    void each_read_path_writes_exactly_one_audit_event(String method) {
        long resident1 = fixtures.id("resident1");
        TestSupport.signIn(users, "ward1");
        long before = fixtures.lastSeq();

        long cohort1 = cohortMembers.latestCohortOf(resident1).orElse(0L);
        Object result = AUDITED.get(method).apply(new Fixture(personalData, deliveryAddresses, erasureValues, resident1,
                cohort1));

        assertThat(result).isNotNull().isNotEqualTo(java.util.List.of());
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PERSONAL_DATA_READ.name());
            assertThat(e.objectType()).isEqualTo("person");
            assertThat(e.objectId()).isEqualTo(String.valueOf(resident1));
            assertThat(e.fields()).isNotEmpty();
        });
    }

    /** Public methods of beans in jp.akapen.privacy.. whose return type mentions a personal-data type. */
    static Map<String, Method> personalDataMethods(ApplicationContext context) {
        Map<String, Method> found = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!user.getPackageName().startsWith("jp.akapen.privacy")) {
                continue;
            }
            for (Method method : user.getMethods()) {
                if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers()) || method.getName().equals("toString")) {
                    continue;
                }
                if (mentionsPersonalData(method.getGenericReturnType())) {
                    found.put(key(method), method);
                }
            }
        }
        return found;
    }

    static boolean mentionsPersonalData(Type type) {
        return switch (type) {
            case Class<?> c when c.isArray() -> mentionsPersonalData(c.getComponentType());
            case Class<?> c -> PERSONAL_TYPES.contains(c);
            case ParameterizedType p -> mentionsPersonalData(p.getRawType())
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(EveryPersonalDataReadIsAuditedTest::mentionsPersonalData);
            case GenericArrayType a -> mentionsPersonalData(a.getGenericComponentType());
            case WildcardType w -> Arrays.stream(w.getUpperBounds()).anyMatch(EveryPersonalDataReadIsAuditedTest::mentionsPersonalData);
            default -> false;
        };
    }

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    /** The scan itself can fail: a type mentioning personal data anywhere in its signature is found. */
    @Test
    void the_scan_sees_personal_data_inside_generic_and_array_types() throws Exception {
        interface Shapes {
            java.util.Optional<PersonalData> optional();

            java.util.List<Map<Long, FieldReading>> nested();

            PersonalDataEntry[] array();

            java.util.List<? extends PersonalData> wildcard();

            java.util.Optional<java.time.Instant> harmless();
        }
        for (String name : new String[] {"optional", "nested", "array", "wildcard"}) {
            assertThat(mentionsPersonalData(Shapes.class.getMethod(name).getGenericReturnType())).as(name).isTrue();
        }
        assertThat(mentionsPersonalData(Shapes.class.getMethod("harmless").getGenericReturnType())).isFalse();
    }
}
