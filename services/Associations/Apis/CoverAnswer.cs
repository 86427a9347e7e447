namespace Frivillighed.Associations.Apis;

// "Was this person covered on this date for this task?": the answer as a sentence, and the agreements it rests on.
public sealed record CoverAnswer(bool Covered, string Answer, List<VolunteerAgreementResponse> Agreements);
