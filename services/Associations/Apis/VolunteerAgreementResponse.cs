namespace Frivillighed.Associations.Apis;

// An agreed volunteer effort for staff. The volunteer's name and contact are null once deleted after retention.
public sealed record VolunteerAgreementResponse(
    Guid Id,
    string? VolunteerName,
    string? VolunteerEmail,
    string? VolunteerPhone,
    string Task,
    string Place,
    DateOnly From,
    DateOnly To,
    DateOnly LastDay,
    string Department,
    string ResponsibleManager,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateOnly? EndedEarlyOn,
    string? EndReason,
    bool PersonalDataDeleted);
