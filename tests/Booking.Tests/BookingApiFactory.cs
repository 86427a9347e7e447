using Frivillighed.TestSupport;

namespace Frivillighed.Booking.Tests;

public sealed class BookingApiFactory(TestDatabase database) : ClockedServiceFactory<Program>(database, "bookingdb");
