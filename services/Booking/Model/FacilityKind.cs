namespace Frivillighed.Booking.Model;

public enum FacilityKind
{
    Hall,
    Room,
    MeetingRoom,
    Pitch,
    SwimmingPool,
    Workshop,
}
