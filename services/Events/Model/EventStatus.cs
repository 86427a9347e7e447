namespace Frivillighed.Events.Model;

public enum EventStatus
{
    // Waiting for the Booking service to confirm the facility (the venue saga).
    AwaitingVenue,
    Published,
    VenueRejected,
    Cancelled,
}
