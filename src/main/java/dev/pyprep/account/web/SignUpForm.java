package dev.pyprep.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignUpForm(
        @NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254) String email,
        @NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.size}") String displayName,
        @NotBlank @Size(min = 10, max = 200, message = "{signup.password.size}") String password) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "");
    }
}
