#!/bin/sh
# Makes the sample article's photographs (content/news/2026/11/photos/) with the test code's photo maker:
# phone-like scenes with GPS, serial number and orientation in EXIF. Not part of a bake.
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" news.portal.image.SamplePhotos \
  content/news/2026/11/photos
