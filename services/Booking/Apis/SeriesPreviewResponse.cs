
namespace Frivillighed.Booking.Apis;

// What booking a weekly series would do, before anything is booked: the rules it breaks (then nothing can be
// booked) and each date, free or not with why. Who holds a taken time is never shown.
public sealed record SeriesPreviewResponse(Guid FacilityId, List<string> Rules, List<string> RuleCodes, List<SeriesPreviewDate> Dates);

public sealed record SeriesPreviewDate(DateOnly Date, bool Free, bool Closed, TimeOnly? BookedFrom, TimeOnly? BookedTo, string? Reason);
