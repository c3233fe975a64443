// Puts the problems of the live check (the list htmx swaps into #live-check) beside the fields they name, the way
// the server puts them there when the form is sent without JavaScript.
document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id !== "live-check") {
        return;
    }
    var byField = {};
    event.detail.target.querySelectorAll("li[data-field]").forEach(function (item) {
        var field = item.getAttribute("data-field");
        var message = item.querySelector(".message").textContent;
        byField[field] = byField[field] ? byField[field] + "; " + message : message;
    });
    document.querySelectorAll("#editor .problem[data-field]").forEach(function (slot) {
        var field = slot.getAttribute("data-field");
        slot.textContent = byField[field] || "";
        var input = document.getElementsByName(field)[0];
        if (input) {
            input.setAttribute("aria-invalid", byField[field] ? "true" : "false");
        }
    });
});
