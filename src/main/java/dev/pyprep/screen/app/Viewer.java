package dev.pyprep.screen.app;

import dev.pyprep.account.CurrentAccount;
import dev.pyprep.account.Role;

/** Who is asking: a recruiter sees their own screens; an admin sees every screen. */
public record Viewer(long accountId, boolean admin) {

    public static Viewer of(CurrentAccount me) {
        return new Viewer(me.id(), me.role() == Role.ADMIN);
    }

    boolean mayRead(long ownerId) {
        return admin || ownerId == accountId;
    }
}
