//! Prints the place mentions of the text on standard input, one JSON object a line.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("UTF-8 on standard input");
    let places = sitrep_places::Places::embedded().expect("embedded gazetteer");
    for m in places.find(&text, &Default::default()).mentions {
        println!("{}", serde_json::to_string(&m).expect("serialisable"));
    }
}
