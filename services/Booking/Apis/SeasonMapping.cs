using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public static class SeasonMapping
{
    public static SeasonRoundResponse ToResponse(this SeasonRound r) =>
        new(r.Id, r.Name, r.SeasonStart, r.SeasonEnd, r.RequestsOpen, r.RequestsClose, r.Status, r.DraftedAt, r.PublishedAt);

    public static SeasonRequestResponse ToResponse(this SeasonRequest r) => new(
        r.Id, r.RoundId, r.AssociationId, r.FacilityId, r.Kind, r.Town, r.Weekday, r.Start, r.End, r.Activity, r.TargetGroup, r.ExpectedParticipants,
        r.SubmittedAt, r.Outcome, r.AllocatedFacilityId, r.AllocatedWeekday, r.AllocatedStart, r.AllocatedStart?.AddMinutes(r.DurationMinutes),
        r.Rank, r.Reason, r.ConflictsWith, r.AdjustedByStaff, r.SeriesId);
}
