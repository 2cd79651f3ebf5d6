// The article tools of an entry page (打印): a static file, as the Content-Security-Policy allows no
// inline script. The font size (字号 大/中/小) needs no script: radio buttons and CSS do it.
(function () {
    "use strict";
    function wire() {
        var print = document.getElementById("article-print");
        if (print) {
            print.hidden = false;
            print.addEventListener("click", function () {
                window.print();
            });
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", wire);
    } else {
        wire();
    }
}());
