using Frivillighed.Booking.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Data;

// A dozen premises of different kinds across Faxe Kommune's towns.
public sealed class DemoData : IDemoData<BookingDbContext>
{
    public async Task SeedAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Facilities.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Facilities.AddRange(
            new Facility { Name = "Haslev Hallerne, hal 1", Kind = FacilityKind.Hall, Town = "Haslev", Address = "Frederiksgade 42, 4690 Haslev", Capacity = 300 },
            new Facility { Name = "Haslev Hallerne, hal 2", Kind = FacilityKind.Hall, Town = "Haslev", Address = "Frederiksgade 42, 4690 Haslev", Capacity = 150 },
            new Facility { Name = "Haslev Bibliotek, mødelokale", Kind = FacilityKind.MeetingRoom, Town = "Haslev", Address = "Jernbanegade 11, 4690 Haslev", Capacity = 20 },
            new Facility { Name = "Faxe Hallen", Kind = FacilityKind.Hall, Town = "Faxe", Address = "Hovedgaden 28, 4640 Faxe", Capacity = 250 },
            new Facility { Name = "Faxe Stadion, bane 1", Kind = FacilityKind.Pitch, Town = "Faxe", Address = "Stadionvej 2, 4640 Faxe", Capacity = 60 },
            new Facility { Name = "Faxe Svømmehal", Kind = FacilityKind.SwimmingPool, Town = "Faxe", Address = "Hovedgaden 30, 4640 Faxe", Capacity = 80 },
            new Facility { Name = "Faxe Ladeplads Havnehus", Kind = FacilityKind.Room, Town = "Faxe Ladeplads", Address = "Havnevej 1, 4654 Faxe Ladeplads", Capacity = 40 },
            new Facility { Name = "Rønnede Skole, gymnastiksal", Kind = FacilityKind.Hall, Town = "Rønnede", Address = "Skolevej 5, 4683 Rønnede", Capacity = 60 },
            new Facility { Name = "Karise Medborgerhus", Kind = FacilityKind.Room, Town = "Karise", Address = "Stationsvej 3, 4653 Karise", Capacity = 80 },
            new Facility { Name = "Dalby Skole, sløjdlokale", Kind = FacilityKind.Workshop, Town = "Dalby", Address = "Skolevej 10, 4690 Dalby", Capacity = 16 },
            new Facility { Name = "Terslev Kultur- og Idrætshus, bane", Kind = FacilityKind.Pitch, Town = "Terslev", Address = "Ny Tolstrupvej 2, 4690 Terslev", Capacity = 40 },
            new Facility { Name = "Rådhuset Haslev, mødesal", Kind = FacilityKind.MeetingRoom, Town = "Haslev", Address = "Frederiksgade 9, 4690 Haslev", Capacity = 60 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
