namespace Frivillighed.Booking.Model;

// A booking rule a request breaks. Code names the rule (NonexistentTime, Begun, TooFarAhead, Duration, ClosedDay,
// OpeningHours, BookingUnit, and Closed for a closed period), so a frontend can say it in its own language with the
// facility's figures.
public sealed record BrokenRule(string Code, string Text);
