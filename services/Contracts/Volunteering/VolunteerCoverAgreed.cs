namespace Frivillighed.Contracts.Volunteering;

// A municipal manager agreed a volunteer effort in advance (Serviceloven §18a): the volunteer is covered by the
// municipality's insurance for Task at Place from From to To (both days included). For the Notifications
// service: the confirmation of cover, with CoverLink, the personal portal link with its secret (Associations
// keeps only its hash).
public sealed record VolunteerCoverAgreed(
    Guid AgreementId,
    string VolunteerName,
    string VolunteerEmail,
    string Task,
    string Place,
    DateOnly From,
    DateOnly To,
    string Department,
    string ResponsibleManager,
    string CoverLink,
    DateTimeOffset OccurredAt);
