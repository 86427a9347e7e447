namespace Frivillighed.Booking.Apis;

public sealed record OpeningHoursResponse(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
