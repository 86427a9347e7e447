using System.Globalization;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Portal.Text;

// How the portal writes the API's codes for a Danish reader, with the platform's dates, times and money
// (DanishFormat, shared with the mails).
public static class Danish
{
    public static readonly CultureInfo Culture = DanishFormat.Culture;

    public static string Date(DateTimeOffset instant) => DanishFormat.Date(instant);

    public static string Date(DateOnly date) => DanishFormat.Date(date);

    public static string ShortDate(DateOnly date) => date.ToString("ddd d. MMM", Culture);

    public static string Time(DateTimeOffset instant) => DanishFormat.Time(instant);

    public static string Time(TimeOnly time) => DanishFormat.Time(time);

    public static string DateAndTime(DateTimeOffset instant) => DanishFormat.DateAndTime(instant);

    public static string Period(DateTimeOffset start, DateTimeOffset end) => DanishFormat.Period(start, end);

    public static string Money(decimal amount) => DanishFormat.Money(amount);

    // The OpenAPI documents say "number (double)" for the APIs' decimal amounts, so the clients read doubles; shown
    // to the øre they are exact (the amounts are far below double's 15 significant digits).
    public static string Money(double amount) => Money((decimal)amount);

    // A date field sends yyyy-MM-dd; without the browser's date picker people write 3-3-2027 or 3.3.2027.
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy", "d/M/yyyy"], Culture, DateTimeStyles.None, out var date) ? date : null;

    public static string Count(int n, string one, string many) => $"{n.ToString("N0", Culture)} {(n == 1 ? one : many)}";

    public static string Weekday(DayOfWeek day) => DanishFormat.Weekday(day);

    public static string FacilityKind(string kind) => kind switch
    {
        "Hall" => "Hal",
        "Room" => "Lokale",
        "MeetingRoom" => "Mødelokale",
        "Pitch" => "Bane",
        "SwimmingPool" => "Svømmehal",
        "Workshop" => "Værksted",
        _ => kind,
    };

    public static string ActivityArea(string area) => area switch
    {
        "HealthAndExercise" => "Sundhed og motion",
        "ElderlyAndCare" => "Ældre og omsorg",
        "OpenSchool" => "Åben skole",
        "TechnicalAndEnvironment" => "Natur, vandløb og affald",
        "Sport" => "Idræt",
        "Integration" => "Integration",
        "Culture" => "Kultur",
        "ChildrenAndYouth" => "Børn og unge",
        "Social" => "Socialt arbejde",
        _ => area,
    };

    public static string EventKind(string kind) => kind switch
    {
        "Conference" => "Konference",
        "DialogueMeeting" => "Dialogmøde",
        "Course" => "Kursus",
        "Fair" => "Messe",
        "VolunteerCouncilMeeting" => "Møde i Frivilligt Samråd",
        _ => kind,
    };

    public static string Audience(string audience) => audience switch
    {
        "Public" => "Alle",
        "AssociationsOnly" => "Kun foreninger",
        "Invited" => "Kun inviterede",
        _ => audience,
    };

    public static readonly IReadOnlyList<string> FacilityKinds = ["Hall", "Room", "MeetingRoom", "Pitch", "SwimmingPool", "Workshop"];
    public static readonly IReadOnlyList<string> ActivityAreas =
        ["Sport", "ChildrenAndYouth", "HealthAndExercise", "ElderlyAndCare", "Culture", "Social", "Integration", "OpenSchool", "TechnicalAndEnvironment"];
    public static readonly IReadOnlyList<string> EventKinds = ["Conference", "DialogueMeeting", "Course", "Fair", "VolunteerCouncilMeeting"];

    public static string Role(string role) => role switch
    {
        "Chair" => "Formand",
        "Treasurer" => "Kasserer",
        "BookingContact" => "Bookingansvarlig",
        "Member" => "Medlem af bestyrelsen",
        _ => role,
    };

    public static string AssociationStatus(string status) => status switch
    {
        "Approved" => "Godkendt",
        "Applied" => "Afventer godkendelse",
        "Suspended" => "Suspenderet",
        "Rejected" => "Afvist",
        "Withdrawn" => "Godkendelse trukket tilbage",
        _ => status,
    };

    // The §4 conditions of Folkeoplysningsloven, by the API's names for them.
    public static string Fol4Condition(string condition) => condition switch
    {
        "StatutesWithPurpose" => "Foreningen har vedtægter med et formål",
        "Board" => "Foreningen har en bestyrelse",
        "DemocraticStructure" => "Foreningen er demokratisk opbygget (generalforsamling)",
        "AtLeastFivePayingMembers" => "Foreningen har mindst 5 betalende medlemmer",
        "OpenToAllWhoSupportThePurpose" => "Foreningen er åben for alle, der går ind for formålet",
        "BasedInTheMunicipality" => "Foreningen har hjemsted i Faxe Kommune",
        "NonProfit" => "Foreningen er almennyttig og ikke ude på at tjene penge",
        _ => condition,
    };

    public static readonly IReadOnlyList<string> Fol4Conditions =
        ["StatutesWithPurpose", "Board", "DemocraticStructure", "AtLeastFivePayingMembers", "OpenToAllWhoSupportThePurpose", "BasedInTheMunicipality", "NonProfit"];

    // FOL §21 and Faxe's local order: the target group decides the priority of a season wish.
    public static string TargetGroup(string group) => group switch
    {
        "MunicipalActivity" => "Kommunal aktivitet (ungdoms- og musikskole)",
        "PeopleWithDisabilities" => "Aktivitet for personer med handicap",
        "ChildrenAndYouth" => "Børn og unge",
        "AdultEducation" => "Voksenundervisning",
        "AdultsWithChildrenActivity" => "Voksne i en forening, der også har børneaktivitet",
        "AdultsWithoutChildrenActivity" => "Voksne i en forening uden børneaktivitet",
        _ => group,
    };

    public static readonly IReadOnlyList<string> AssociationTargetGroups =
        ["PeopleWithDisabilities", "ChildrenAndYouth", "AdultEducation", "AdultsWithChildrenActivity", "AdultsWithoutChildrenActivity"];

    public static string SeasonOutcome(string outcome) => outcome switch
    {
        "Granted" => "Imødekommet",
        "GrantedAlternative" => "Imødekommet med en anden tid eller et andet lokale",
        "Rejected" => "Ikke imødekommet",
        _ => outcome,
    };

    public static string DocumentKind(string kind) => kind switch
    {
        "Accounts" => "Sidste års regnskab",
        "Statutes" => "Vedtægter",
        "BoardList" => "Bestyrelsesliste",
        "GeneralAssemblyMinutes" => "Referat fra generalforsamlingen",
        _ => kind,
    };

    public static readonly IReadOnlyList<string> DocumentKinds = ["Accounts", "Statutes", "BoardList", "GeneralAssemblyMinutes"];

    public static string ApplicationStatus(string status) => status switch
    {
        "Draft" => "Kladde",
        "Submitted" => "Sendt",
        "Awarded" => "Bevilget",
        "Rejected" => "Afslået",
        "AwardWithdrawn" => "Bevilling trukket tilbage",
        _ => status,
    };

    public static readonly DayOfWeek[] WeekDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    // A local time typed as 18, 18.00 or 18:00.
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["H:mm", "HH:mm", "H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public static decimal? ParseMoney(string? text) =>
        decimal.TryParse(text?.Replace("kr.", "").Trim(), NumberStyles.Number, Culture, out var amount) ? amount : null;

    public static string MoneyInput(double amount) => ((decimal)amount).ToString("0.##", Culture);
}
