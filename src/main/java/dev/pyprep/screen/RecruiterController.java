package dev.pyprep.screen;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The recruiters' area. Timed screens are the next feature; until then it points at the bank to plan them from. */
@Controller
class RecruiterController {

    @GetMapping("/recruiter")
    String home() {
        return "recruiter/home";
    }
}
