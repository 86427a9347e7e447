using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record AttendanceRequest(Attendance? Attendance);
