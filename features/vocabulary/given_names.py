"""Given names, for the pronoun resolver: a name of one sex shows a person's gender ("she" skips "Donald
Trump"); any given name before a surname shows that a run of capitalised words is a person's name.

Source: the first-name lists of the Faker package, version 40.40.0 (MIT licence). ``FEMALE_NAMES`` and
``MALE_NAMES`` are ``faker/providers/person/en_US``: the top 200 names of each decade 1960s-1990s from
the US Social Security Administration's baby-name pages, with their counts as weights; a name on both
lists goes to one sex when its weight there is five times the other's, else to ``OTHER_GIVEN_NAMES``.
``OTHER_GIVEN_NAMES`` adds the longer English lists of ``faker/providers/person/en`` (no source stated
there), as names of unknown gender: they hold older and foreign names ("Bernie", "Adel") whose sex
they sometimes get wrong, and a wrong gender blocks the right link where an unknown one does not.
Built once by hand from the installed wheel; nothing is read or downloaded at run time.
"""

FEMALE_NAMES: frozenset[str] = frozenset(
    """
Abigail Adriana Adrienne Aimee Alejandra Alexa Alexandra Alexandria Alexis Alice Alicia Alisha Alison Allison Alyssa
Amanda Amber Amy Ana Andrea Angela Angelica Angie Anita Ann Anna Anne Annette April Ariana Ariel Ashlee Ashley
Audrey Autumn Bailey Barbara Becky Belinda Beth Bethany Betty Beverly Bianca Bonnie Brandi Brandy Breanna Brenda
Briana Brianna Bridget Brittany Brittney Brooke Caitlin Caitlyn Candace Candice Carla Carly Carmen Carol Caroline
Carolyn Carrie Cassandra Cassidy Cassie Catherine Cathy Charlene Charlotte Chelsea Chelsey Cheryl Cheyenne Chloe
Christie Christina Christine Christy Cindy Claire Claudia Colleen Connie Courtney Cristina Crystal Cynthia Daisy
Dana Danielle Darlene Dawn Deanna Debbie Deborah Debra Denise Desiree Destiny Diamond Diana Diane Dominique Donna
Doris Dorothy Ebony Eileen Elaine Elizabeth Ellen Emily Emma Erica Erika Erin Evelyn Faith Felicia Frances Gabriela
Gabriella Gabrielle Gail Gina Glenda Gloria Grace Gwendolyn Hailey Haley Hannah Hayley Heather Heidi Helen Holly
Isabel Isabella Jackie Jaclyn Jacqueline Jade Jamie Jane Janet Janice Jasmin Jasmine Jean Jeanette Jeanne Jenna
Jennifer Jenny Jessica Jill Jillian Jo Joan Joann Joanna Joanne Jocelyn Jodi Jody Joy Joyce Judith Judy Julia Julie
Kaitlin Kaitlyn Kara Karen Kari Karina Karla Katelyn Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kaylee
Kelli Kellie Kelly Kelsey Kendra Kerri Kiara Kim Kimberly Kirsten Krista Kristen Kristi Kristie Kristin Kristina
Kristine Kristy Krystal Kylie Lacey Latasha Latoya Laura Lauren Laurie Leah Leslie Linda Lindsay Lindsey Lisa
Loretta Lori Lorraine Lydia Lynn Mackenzie Madeline Madison Makayla Mallory Mandy Marcia Margaret Maria Mariah Marie
Marilyn Marisa Marissa Martha Mary Maureen Mckenzie Meagan Megan Meghan Melanie Melinda Melissa Melody Mercedes
Meredith Mia Michaela Michele Michelle Mikayla Mindy Miranda Misty Molly Monica Monique Morgan Nancy Natalie Natasha
Nichole Nicole Nina Norma Olivia Paige Pam Pamela Patricia Patty Paula Peggy Penny Phyllis Priscilla Rachael Rachel
Raven Rebecca Rebekah Regina Renee Rhonda Rita Roberta Robin Robyn Rose Ruth Sabrina Sally Samantha Sandra Sandy
Sara Sarah Savannah Selena Shannon Shari Sharon Shawna Sheena Sheila Shelby Shelia Shelley Shelly Sheri Sherri
Sherry Sheryl Shirley Sierra Sonia Sonya Sophia Stacey Stacie Stacy Stefanie Stephanie Sue Summer Susan Suzanne
Sydney Sylvia Tabitha Tamara Tami Tammie Tammy Tanya Tara Tasha Teresa Terri Theresa Tiffany Tina Toni Tonya Tracey
Traci Tracie Tracy Tricia Valerie Vanessa Veronica Vicki Vickie Victoria Virginia Wanda Wendy Whitney Yesenia
Yolanda Yvette Yvonne Zoe
    """.split()
)

MALE_NAMES: frozenset[str] = frozenset(
    """
Aaron Adam Adrian Alan Albert Alec Alejandro Alex Alexander Alfred Allen Alvin Andre Andres Andrew Anthony Antonio
Arthur Austin Barry Benjamin Bernard Bill Billy Blake Bob Bobby Brad Bradley Brady Brandon Brendan Brent Brett Brian
Bruce Bryan Bryce Caleb Calvin Cameron Carl Carlos Cesar Chad Charles Chase Chris Christian Christopher Clarence
Clayton Clifford Clinton Cody Cole Colin Collin Colton Connor Corey Cory Craig Cristian Curtis Dakota Dale Dalton
Damon Dan Daniel Danny Darin Darius Darrell Darren Darryl Daryl Dave David Dean Dennis Derek Derrick Devin Devon
Dillon Dominic Don Donald Douglas Drew Duane Dustin Dwayne Dylan Earl Eddie Edgar Eduardo Edward Edwin Elijah Eric
Erik Ernest Ethan Eugene Evan Fernando Francis Francisco Frank Franklin Fred Frederick Gabriel Garrett Gary Gavin
Gene Geoffrey George Gerald Gilbert Glen Glenn Gordon Grant Greg Gregg Gregory Guy Harold Harry Hayden Hector Henry
Herbert Howard Hunter Ian Isaac Isaiah Ivan Jack Jackson Jacob Jake James Jared Jason Javier Jay Jeff Jeffery
Jeffrey Jeremiah Jeremy Jermaine Jerome Jerry Jesse Jesus Jim Jimmy Joe Joel John Johnathan Johnny Jon Jonathan
Jonathon Jorge Jose Joseph Joshua Juan Julian Justin Karl Keith Kenneth Kent Kevin Kirk Kristopher Kurt Kyle Lance
Larry Lawrence Lee Leon Leonard Leroy Levi Logan Lonnie Louis Lucas Luis Luke Malik Manuel Marc Marco Marcus Mario
Mark Martin Marvin Mason Mathew Matthew Maurice Max Maxwell Melvin Michael Micheal Miguel Mike Mitchell Nathan
Nathaniel Neil Nicholas Nicolas Noah Norman Omar Oscar Parker Patrick Paul Pedro Perry Peter Philip Phillip Preston
Ralph Randall Randy Ray Raymond Reginald Ricardo Richard Rick Rickey Ricky Riley Robert Roberto Rodney Roger Ronald
Ronnie Ross Roy Ruben Russell Ryan Samuel Scott Sean Sergio Seth Shane Shaun Shawn Spencer Stanley Stephen Steve
Steven Stuart Tanner Terrance Terrence Theodore Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Tristan Troy
Tyler Tyrone Vernon Victor Vincent Walter Warren Wayne Wesley William Willie Wyatt Xavier Zachary
    """.split()
)

OTHER_GIVEN_NAMES: frozenset[str] = frozenset(
    """
Aaden Aaliyah Aarav Ab Abagail Abb Abbey Abbie Abbigail Abbott Abby Abdiel Abdul Abdullah Abe Abel Abelardo Abie
Abigale Abigayle Abner Abraham Abram Abril Ace Acey Achsah Acie Acy Ada Adah Adalberto Adaline Adalyn Adalynn
Adamaris Adams Adan Add Adda Addie Addison Addisyn Addyson Adel Adela Adelaide Adelard Adelbert Adele Adelia Adelina
Adeline Adell Adella Adelle Adelyn Adelynn Aden Adilene Adin Adina Adison Aditya Adlai Adline Admiral Adolf Adolfo
Adolph Adolphus Adonis Adrain Adria Adriane Adrianna Adrianne Adriel Adrien Adriene Adron Adyson Aedan Affie Afton
Agatha Aggie Agnes Agness Agusta Agustin Agustus Ah Ahmad Ahmed Aida Aidan Aiden Aidyn Aileen Ailene Aili Aime
Ainsley Aisha Aiyana Aiyanna Aja Akeelah Akeem Akira Al Ala Alabama Alaina Alana Alani Alanna Alannah Alanzo Alaya
Alayna Alba Alberta Albertha Albertina Albertine Alberto Albertus Albin Albina Albion Alby Alcee Alcide Alcie Alda
Alden Aldo Aldona Aleah Alease Alecia Aleck Aleen Aleena Alek Alena Alene Alesha Alesia Alessandra Alessandro Aleta
Aletha Alethea Alexande Alexandr Alexandre Alexandrea Alexandro Alexia Alexina Alexus Alexys Alexzander Alf Alferd
Alfie Alfonse Alfonso Alfonzo Alford Alfreda Alfredo Alger Algernon Algie Algot Ali Alia Aliana Alida Alijah Alina
Aline Alisa Alissa Alisson Alivia Aliya Aliyah Aliza Alize Alla Allan Allean Alleen Allena Allene Allie Alline
Allisson Ally Allyn Allyson Allyssa Alma Almeda Almedia Almer Almeta Almina Almira Almon Almond Almus Almyra Alois
Aloma Alondra Alonso Alonza Alonzo Aloys Aloysius Alpha Alpheus Alphons Alphonse Alphonsine Alphonso Alphonsus
Alston Alta Altha Althea Altie Alto Alton Alva Alvah Alvan Alvaro Alvena Alver Alvera Alverda Alverta Alvia Alvie
Alvina Alvira Alvis Alvy Alwilda Alwin Alwina Alwine Alyce Alycia Alys Alysa Alyse Alysha Alysia Alyson Alyssia
Alyvia Alzina Ama Amado Amalia Amalie Amani Amara Amare Amari Amarion Amaris Amasa Amaya Amberly Ambers Ambrose
Amelia Amelie America Americo Amerigo Amey Ami Amiah Amie Amil Amin Amina Amir Amira Amirah Amit Amiya Amiyah Amma
Ammie Ammon Amon Amos Amparo Amya Anabel Anabella Anabelle Anahi Anais Analia Ananias Anastacia Anastacio Anastasia
Anatole Anaya Ancel Ancil Anders Anderson Andon Andra Andrae Andreas Andria Andy Anfernee Angel Angele Angeles
Angelia Angelic Angelina Angeline Angelique Angelita Angella Angelo Angus Anibal Anice Anie Anika Anissa Anitra
Aniya Aniyah Anjali Anjanette Anjelica Annabel Annabell Annabella Annabelle Annalise Annamae Annamarie Anneliese
Annemarie Anner Annetta Annice Annie Annika Annis Annmarie Anona Ansel Ansley Anson Anthoney Antione Antionette
Antoine Antoinette Anton Antone Antonetta Antonette Antonia Antonina Antony Antwain Antwan Antwon Anwar Anya Ara
Arabella Araceli Aracely Arah Araminta Arba Arbie Arch Archer Archibald Archie Ardath Ardelia Ardell Ardella Ardelle
Arden Ardeth Ardis Ardith Ardyce Areli Arely Aretha Argie Ari Aria Ariane Arianna Aric Arie Ariella Arielle Arietta
Arizona Arjun Arkie Arla Arlan Arland Arleen Arlen Arlena Arlene Arleth Arletta Arley Arlie Arlin Arline Arlington
Arlis Arlo Arly Arlyn Arlyne Arman Armand Armando Armani Armida Armin Arminda Arminta Armond Armstead Arnav Arne
Arnett Arnetta Arnie Arno Arnold Arnoldo Arnulfo Aron Arra Arrie Arron Arsenio Art Arta Artelia Arther Arthor Artie
Artis Arturo Arvel Arvid Arvil Arvilla Arvin Arvo Aryan Aryana Aryanna Asa Asberry Asbury Asha Ashanti Ashby Ashely
Asher Ashlea Ashleigh Ashli Ashlie Ashly Ashlyn Ashlynn Ashton Ashtyn Asia Ason Aspen Assunta Astrid Atha Athena
Atlas Atticus Attie Attilio Aubra Aubree Aubrey Aubrie Audie Audley Audra Audriana Audrianna Audrina Audry Audy
August Augusta Auguste Augustin Augustina Augustine Augustus Aura Aurelia Aurelio Aurilla Aurora Aurore Aurthur
Austen Auston Austyn Auther Author Authur Autry Ava Avah Averi Averie Avery Avie Avis Avon Axel Ayaan Ayana Ayanna
Aydan Ayden Aydin Ayesha Ayla Ayleen Aylin Azalee Azaria Azariah Azul Azzie Babe Babette Baby Babyboy Bailee Baker
Baldwin Ballard Bama Bambi Banks Barb Barbie Barbra Barnard Barnett Barney Barnie Baron Barrett Barrie Barron Bart
Bartholomew Bartley Barton Bascom Basil Baxter Bayard Baylee Baylie Bea Beadie Beatrice Beatrix Beatriz Beau Beaulah
Bebe Beckett Beckham Beckie Beda Bedford Bee Beecher Belen Belia Bell Bella Belle Belton Belva Ben Bena Benard
Benedict Benita Benito Benjaman Benjamen Benjamine Benji Benjiman Benjman Bennett Bennie Benny Benson Bentley Benton
Berdie Berenice Berkley Berlin Bernadette Bernadine Bernardine Bernardo Berneice Bernetta Bernhard Bernice Bernie
Berniece Bernita Berry Bert Berta Bertha Bertie Bertina Berton Bertram Bertrand Beryl Bess Besse Bessie Betha
Bethann Bethel Bethzy Betsey Betsy Bette Bettie Bettina Bettye Bettyjane Bettylou Beula Beulah Bev Beverlee Beverley
Beyonce Biddie Bilal Billie Billye Bina Bird Birdella Birdie Birt Birtha Birtie Bishop Bjorn Blain Blaine Blair
Blaise Blanca Blanch Blanchard Blanche Blanchie Blane Blas Blaze Bliss Blossom Bluford Bo Bobbi Bobbie Bobbye Bode
Bolden Bonita Bonny Booker Boone Boris Bose Boss Boston Bowman Boyce Boyd Boysie Braden Bradford Bradly Bradyn
Braeden Braedon Braelyn Braiden Brain Branch Brandan Brande Brandee Branden Brandie Brandin Brandt Brandyn Brannon
Branson Brant Brantley Braulio Braxton Brayan Brayden Braydon Braylen Braylon Brea Breana Breann Breanne Bree
Brenden Brendon Brenna Brennan Brennen Brennon Brenton Breonna Bret Bria Brianda Brianne Brice Bridger Bridgett
Bridgette Brielle Brien Brigette Brigid Brigitte Briley Brinda Brinley Brion Brionna Brisa Bristol Britany Britney
Britni Britny Britt Britta Brittaney Brittani Brittanie Brittnay Brittnee Brittni Brittnie Brittny Britton Brock
Broderick Brodie Brody Brogan Bronson Brook Brooklyn Brooklynn Brooks Brown Bruno Bryana Bryanna Bryant Brycen
Brylee Bryn Brynlee Brynn Bryon Bryson Bryton Buck Bud Budd Buddie Buddy Buel Buelah Buell Buena Buffy Buford Bula
Bulah Buna Bunk Burdette Buren Burgess Burk Burke Burl Burleigh Burley Burnell Burnett Burney Burnice Burnie Burns
Burr Burrel Burrell Burt Burton Bush Buster Butch Butler Bynum Byrd Byrdie Byron Caddie Cade Caden Cadence Cael
Caesar Caiden Cailyn Cain Caitlynn Cal Caldonia Cale Caleigh Calhoun Cali Calista Calla Calleigh Callie Callum Cam
Cambria Camden Cami Camila Camilla Camille Camilo Camisha Cammie Campbell Camren Camron Camryn Candi Candida Candido
Candis Candy Candyce Cannie Cannon Canyon Cap Capitola Cappie Caprice Captain Cara Caren Carey Cari Carie Carin
Carina Carisa Carissa Carlee Carleen Carleigh Carlene Carleton Carley Carli Carlie Carlisle Carlo Carlota Carlotta
Carlton Carlyle Carlyn Carma Carmel Carmela Carmelita Carmella Carmelo Carmine Carnell Caro Carolann Carole Carolee
Carolina Carolyne Carolynn Caron Carra Carri Carrol Carroll Carry Carsen Carson Carter Cary Caryl Caryn Cas Casandra
Case Casen Casey Cash Casie Casimer Casimir Casimiro Cason Casper Cass Cassius Cassondra Caswell Catalina Catharine
Cathern Cathey Cathi Cathie Cathleen Cathrine Cathryn Catina Cato Catrina Cayden Caydence Cayla Caylee Ceasar
Cecelia Cecil Cecile Cecilia Cecily Cedric Cedrick Ceil Celena Celesta Celeste Celestia Celestine Celestino Celia
Celie Celina Celine Cena Ceola Cephus Ceylon Chace Chadd Chadrick Chadwick Chaim Chaka Chalmer Chalmers Champ Chana
Chance Chancey Chancy Chanda Chandler Chandra Chanel Chanelle Chaney Chanie Channie Channing Chantal Chante Chantel
Chantelle Charissa Charisse Charity Charla Charle Charlee Charleen Charley Charlie Charline Charlize Charlotta
Charlottie Charls Charlsie Charlton Charly Charmaine Charolette Chas Chasity Chastity Chauncey Chauncy Chaya Chaz
Che Chelsi Chelsie Chelsy Cher Cherelle Cheri Cherie Cherilyn Cherise Cherish Cherrelle Cherri Cherrie Cherry
Cherryl Cheryle Cheryll Chesley Chessie Chester Chestina Chet Cheyanne Chimere Chin China Chip Chiquita Chloie
Chrissie Chrissy Christ Christa Christal Christeen Christel Christen Christena Christene Christi Christiana Christin
Christion Christop Christoper Christophe Chrystal Chuck Chyna Chynna Ciara Ciarra Cicely Cicero Cielo Ciera Cierra
Ciji Cilla Cinda Cindi Cinnamon Cinthia Citlali Citlalli Clabe Claiborne Clair Clara Clarabelle Clarance Clare
Claribel Clarice Clarinda Clarine Clarisa Clarissa Clark Clarke Clarnce Classie Claud Claude Claudette Claudie
Claudine Claudio Claudius Claus Clay Clearence Cleave Cleda Clell Clella Clem Clemence Clemens Clement Clemente
Clementina Clementine Clemie Clemma Clemmie Clemon Cleo Cleola Cleon Cleone Cleora Cleta Cletus Cleva Cleve
Cleveland Clevie Clide Cliff Cliffie Clifton Clint Clive Cloe Clora Clotilda Clotilde Clovis Cloyd Clyda Clyde
Clydie Clytie Coby Codey Codi Codie Coen Cohen Colbert Colby Coleen Coleman Coleton Coletta Colette Coley Colie
Collette Collie Collier Collins Collis Colon Colonel Colt Colten Colter Columbia Columbus Colvin Commodore Con
Conard Concepcion Concetta Concha Conley Conner Conor Conrad Constance Constantine Consuela Consuelo Contina Conway
Coolidge Cooper Cora Coraima Coral Coralie Corbett Corbin Corda Cordaro Cordelia Cordell Cordella Cordero Cordia
Cordie Corean Corene Coretta Cori Corie Corina Corine Corinna Corinne Corliss Cornel Cornelia Cornelious Cornelius
Cornell Cornie Corrie Corrina Corrine Corry Cortez Cortney Corwin Cosmo Coty Council Courtland Coy Crawford Creed
Creola Cressie Crete Cris Crissie Crissy Crista Cristal Cristen Cristi Cristin Cristine Cristobal Cristofer
Cristopher Cristy Crockett Cruz Crysta Cuba Cullen Curley Curt Curtiss Cydney Cyndi Cyntha Cyril Cyrus Dabney Dafne
Dagmar Dagny Dahlia Daija Daijah Daisey Daisha Daisie Daisye Daja Dakoda Dakotah Dalia Dallas Dallin Dalvin Damarcus
Damari Damarion Damaris Dameon Damian Damien Damion Damond Danae Dandre Dane Daneen Danelle Danette Dangelo Dani
Dania Danial Danica Daniela Daniele Daniella Danika Danita Dann Danna Dannie Danniel Dannielle Dante Danyel Danyell
Danyelle Daphne Daquan Dara Darby Darci Darcie Darcy Darell Daren Daria Darian Dariana Darien Dario Darion Darl
Darla Darleen Darline Darlyne Darnell Darold Daron Darrel Darrian Darrick Darrien Darrin Darrion Darrius Darron
Darry Darryle Darryll Darryn Darvin Darwin Darwyn Daryle Daryn Dashawn Dasia Daulton Daunte Davante Davey Davian
Davie Davin Davina Davion Davis Davon Davonta Davonte Davy Dawna Dawne Dawson Dax Daxton Dayami Dayana Dayanara
Dayle Dayna Dayne Dayse Dayton Deacon Deana Deandra Deandre Deane Deangelo Deann Deanne Deante Deasia Deb Debbi
Debbra Debby Debera Debi Debora Deborrah Debrah Debroah Declan Dedra Dedric Dedrick Dee Deeann Deedee Deegan Deena
Deetta Deforest Deidra Deidre Deion Deirdre Deja Dejah Dejon Dejuan Del Delaney Delano Delbert Delcie Delfina Delia
Deliah Delila Delilah Delina Delinda Delisa Dell Della Dellar Delle Dellia Dellie Delma Delmar Delmas Delmer Delmus
Delois Delora Delores Deloris Delos Delpha Delphia Delphin Delphine Delsie Delta Delton Delvin Delwin Dema Demarco
Demarcus Demario Demarion Demetra Demetri Demetria Demetric Demetrios Demetrius Demi Demian Demond Demonte Dempsey
Dena Deneen Denese Denice Denine Denis Denisha Denisse Denita Dennie Denny Denton Denver Denzel Denzell Denzil Deon
Deondre Deonta Deontae Deonte Dequan Derald Dereck Dereon Deric Derick Derik Derl Deron Derrek Derrell Derwin Deryl
Desean Deshaun Deshawn Desi Desirae Desmond Dessa Dessie Destany Destin Destinee Destiney Destini Destry Devan
Devante Devaughn Deven Devonta Devontae Devonte Devyn Deward Dewayne Dewey Dewitt Dexter Deyanira Dezzie Diallo Dian
Diandra Diann Dianna Dianne Dicie Dickie Dicy Diego Dijon Dilan Dillan Dillard Dillie Dillion Dimitri Dimitrios
Dimple Dina Dinah Dink Dino Dion Dione Dionicio Dionne Dionte Dirk Dixie Dixon Diya Djuana Djuna Doc Docia Dock
Doctor Dola Doll Dollie Dolly Dollye Dolores Doloris Dolph Dolphus Domenic Domenica Domenick Domenico Dominga
Domingo Dominick Dominik Dominque Domonique Dona Donaciano Donal Donat Donato Donavan Donavon Dondre Donell Donia
Donie Donita Donn Donnell Donnie Donny Donovan Donta Dontae Donte Dora Dorathea Dorathy Dorcas Doreen Dorene Doretha
Doretta Dori Dorian Dorinda Dorine Dorla Dorman Dorotha Dorothea Dorr Dorris Dorsey Dortha Dorthea Dorthey Dorthy
Dosha Doshia Doshie Dosia Doss Dossie Dot Dottie Dotty Doug Douglass Dove Dovie Dow Doyle Dozier Drake Draven Drema
Drucilla Drury Drusilla Duard Dudley Duff Duke Dulce Dulcie Duncan Durell Durrell Durward Durwood Dustan Dusty
Dustyn Duwayne Dwain Dwaine Dwan Dwane Dwight Dwyane Dyan Dyllan Dylon Ean Earle Earlean Earlene Earley Earlie
Earline Early Earnest Earnestine Eartha Easter Easton Eathel Ebb Ebba Ebbie Eben Ebenezer Eber Ebert Eboni Echo Ed
Eda Edd Eddy Eden Edgardo Edie Edison Edith Edla Edmon Edmond Edmonia Edmund Edna Ednah Edra Edrie Edris Edsel Edson
Edw Edwardo Edwina Edyth Edythe Effa Effie Efrain Efrem Efren Egbert Einar Eino Eithel Ela Elaina Elam Elana Elayne
Elba Elbert Elberta Elbridge Elby Elda Elden Elder Eldon Eldora Eldred Eldridge Eleanor Eleanora Eleanore Elease
Electa Elena Elenor Elenora Elenore Eleonora Eleonore Elex Elfie Elfreda Elfrieda Elgie Elgin Eli Elia Elian Eliana
Elianna Elias Elick Elida Elie Eliezer Eliga Eligah Elige Elihu Elinor Elinore Eliot Elisa Elisabeth Elise Eliseo
Elisha Elissa Eliza Elizabet Elizah Elizbeth Elizebeth Ell Ella Ellamae Ellar Elle Eller Ellery Elliana Ellie Elliot
Elliott Ellis Ellison Ellsworth Ellwood Ellyn Elma Elmer Elmina Elmira Elmire Elmo Elmore Elmyra Elna Elnora Elodie
Elois Eloisa Eloise Elon Elonzo Elouise Eloy Elroy Elsa Else Elsie Elsworth Elta Elton Elva Elvera Elvia Elvie Elvin
Elvina Elvira Elvis Elwanda Elwin Elwood Elwyn Ely Elyse Elyssa Elza Elzada Elzie Elzy Ema Emaline Emanuel Ember
Emelia Emelie Emeline Emely Emerald Emerson Emery Emett Emil Emile Emilee Emilia Emiliano Emilie Emilio Emit Emmalee
Emmaline Emmanuel Emmer Emmet Emmett Emmie Emmit Emmitt Emmons Emmy Emogene Emory Emry Ena Encarnacion Enid Ennis
Enoch Enola Enos Enrico Enrique Enriqueta Enzo Eola Ephraim Ephram Ephriam Epifanio Eppie Epsie Era Erasmo Erasmus
Erastus Erby Erich Erick Ericka Erie Eris Erla Erland Erle Erlene Erlinda Erline Erling Erma Ermina Ermine Erna
Ernestina Ernestine Ernesto Ernie Ernst Errol Ervin Erving Erwin Erykah Eryn Esau Esco Esequiel Esker Esley
Esmeralda Esperanza Essa Essence Essex Essie Esta Esteban Estefani Estefania Estefany Estel Estela Estell Estella
Estelle Ester Estes Estevan Esther Estie Estill Eston Estrella Etha Ethel Ethelbert Ethelene Ethelyn Ethen Ether
Ethie Ethyl Ethyle Etna Etta Etter Ettie Eudora Eugenia Eugenie Eugenio Eula Eulah Eulalia Eulalie Euna Eunice
Euphemia Eura Eusebio Eustace Eva Evalena Evaline Evalyn Evander Evangelina Evangeline Evans Eve Evelena Evelin
Evelina Eveline Evelyne Evelynn Ever Everet Everett Everette Evert Evertt Evette Evia Evie Evita Evon Evonne Ewald
Ewart Ewell Ewin Ewing Exa Exie Ezekiel Ezell Ezequiel Ezra Ezzard Fabian Fabiola Fae Fairy Fallon Falon Fannie
Fanny Fannye Farah Faron Farrah Farrell Farris Fate Fatima Faustino Fawn Fay Faye Fayette Fed Federico Felecia
Felice Felicie Felicitas Felicity Felipa Felipe Felisha Felix Felton Fenton Ferd Ferdinand Ferman Fern Fernand
Fernanda Ferne Ferrell Ferris Festus Fidel Fidelia Fidencio Fielding Filomena Finis Finley Finn Finnegan Fiona
Firman Fisher Fitzgerald Fitzhugh Flavia Fleda Fleet Fleeta Flem Fleming Fleta Fletcher Flint Flo Flonnie Flor Flora
Florance Florence Florencio Florene Florentino Floretta Florian Florida Florie Florine Florrie Flossie Floy Floyd
Foch Fonda Ford Forest Forrest Foster Fount Foy Fran Franc Francesca Francesco Francies Francina Francine Francisca
Francisquita Franco Frankie Franklyn Franz Frazier Freda Freddie Freddy Frederic Frederica Fredericka Fredie Fredric
Fredrick Fredy Freeda Freeman Freida Fremont French Frida Frieda Friend Fritz Frona Fronia Fronie Fronnie Fuller
Fulton Fumiko Furman Gabe Gael Gaetano Gage Gaige Gaines Gaither Gale Galen Galilea Gannon Gardner Garett Garey
Garfield Garland Garner Garnet Garnett Garold Garret Garrick Garrison Garry Garth Garvin Gasper Gaston Gauge Gaven
Gavyn Gay Gaye Gayla Gayle Gaylen Gaylene Gaylon Gaylord Gaynell Gearld Gearldine Geary Gee Gemma Gena Genaro
General Genesis Geneva Genevieve Genevra Genie Gennaro Gennie Geno Genoveva Geo Geoff Georganna Georgeann Georgeanna
Georgene Georgetta Georgette Georgia Georgiana Georgiann Georgianna Georgie Georgina Georgine Geovanni Geraldine
Geraldo Geralyn Gerard Gerardo Gerda Gerhard Gerhardt Geri Germaine German Gerold Gerri Gerrit Gerry Gertha Gertie
Gertrude Gia Giada Giana Giancarlo Gianna Gianni Gibson Gideon Gidget Gifford Gigi Gil Gilberto Gilda Giles Gilford
Gillian Gillie Gilman Gilmer Gilmore Ginger Ginny Gino Giovani Giovanna Giovanni Giovanny Girtha Gisele Giselle
Gisselle Giuliana Giuseppe Gladis Gladstone Gladyce Gladys Glendon Glendora Glenna Glennie Glennis Glenwood Glinda
Glover Glynda Glynis Glynn Godfrey Goebel Golda Golden Goldia Goldie Gonzalo Gorden Gorge Gottlieb Governor Gracelyn
Gracia Gracie Graciela Grady Grafton Graham Granville Graves Gray Grayce Graydon Grayling Grayson Grecia Green
Greene Greggory Gregoria Gregorio Greta Gretchen Gretta Greyson Griffin Griffith Grisel Griselda Grove Grover
Guadalupe Guido Guilford Guillermo Gunda Gunnar Gunner Gurney Gus Guss Gussie Gust Gusta Gustaf Gustav Gustave
Gustavo Gustavus Gustie Guthrie Gwen Gwenda Gwyn Gwyneth Hadassah Haden Hadley Haiden Hailee Hailie Hakeem Hakim Hal
Halbert Hale Haleigh Hali Halie Hall Halle Halley Hallie Halsey Ham Hamilton Hamp Hampton Hamza Hana Handy Hank
Hanna Hans Hansel Hansford Hanson Harden Hardie Hardin Harding Hardy Harl Harlan Harland Harlen Harlene Harley
Harlie Harlon Harlow Harm Harman Harmon Harmony Harper Harrell Harrie Harriet Harriett Harriette Harris Harrison
Harrold Hart Hartley Hartwell Haruko Harve Harvey Harvie Harvy Hasan Hasel Haskell Hassan Hassie Hattie Haven Hayes
Haylee Hayleigh Haylie Hays Hayward Haywood Hazel Hazelle Hazen Hazle Heath Heaven Heber Hebert Hedwig Hedy Heidy
Helaine Helena Helene Helga Hellen Helma Helmer Helyn Hence Henderson Henery Hennie Henretta Henri Henrietta
Henriette Herb Heriberto Herlinda Herma Herman Hermann Hermina Hermine Herminia Hermon Hernan Herschel Hershel
Hershell Hertha Hervey Hessie Hester Hettie Hetty Heyward Hezekiah Hezzie Hideo Hilah Hilario Hilary Hilbert Hilda
Hildegard Hildegarde Hildred Hildur Hill Hillard Hillary Hillery Hilliard Hilma Hilmer Hilton Hiram Hiroshi Hjalmar
Hjalmer Hobart Hobert Hobson Hoke Holden Holland Holli Hollie Hollis Holmes Homer Honora Hoover Hope Horace Horacio
Horatio Hortencia Hortense Hortensia Horton Hosea Hosie Hosteen Houston Howell Hoy Hoyt Hubbard Hubert Hudson Huey
Hugh Hughes Hughey Hughie Hugo Hulda Huldah Humberto Humphrey Hung Hunt Hurbert Hurley Huston Huy Hyman Hymen Hyrum
Ibrahim Ica Icey Icie Icy Ida Idabelle Idamae Idell Idella Iesha Ieshia Ignacio Ignatius Ignatz Ike Ila Ilah Ilda
Ilene Iliana Illa Illya Ilma Ilo Ilona Ima Imani Imanol Imelda Immanuel Imo Imogene Ina India Indiana Inell Ines
Inez Infant Inga Ingeborg Inger Ingram Ingrid Iola Iona Ione Ira Ireland Irena Irene Iridian Irine Iris Irl Irma
Irva Irven Irvin Irvine Irving Irwin Isa Isaak Isabela Isabell Isabelle Isadora Isadore Isai Isaias Isam Isamar
Ishaan Isham Ishmael Isiah Isidor Isidore Isidro Isis Isla Ismael Isobel Isom Israel Isreal Issac Itzel Iva Ivah
Ivana Ivanna Iver Iverson Ivette Ivey Ivie Ivonne Ivor Ivory Ivy Iyana Iyanna Iza Izabella Izabelle Izaiah Izayah
Izetta Izola Izora Jabari Jabbar Jabez Jacalyn Jace Jacey Jackeline Jacki Jacklyn Jacky Jacoby Jacque Jacquelin
Jacquelyn Jacques Jacquez Jacquline Jacqulyn Jada Jaden Jadiel Jadon Jadyn Jaeda Jaeden Jaelyn Jaelynn Jagger Jaheem
Jaheim Jahiem Jahir Jaida Jaiden Jaidyn Jailene Jailyn Jaime Jaimee Jaimie Jair Jairo Jajuan Jakayla Jakob Jakobe
Jaleel Jaleesa Jalen Jalisa Jalissa Jaliyah Jalon Jalyn Jalynn Jamaal Jamal Jamar Jamarcus Jamari Jamarion Jame
Jameel Jamel Jameson Jamey Jami Jamil Jamila Jamin Jamir Jamison Jamiya Jammie Jamya Jan Jana Janae Janay Janeen
Janel Janell Janelle Janene Janessa Janette Janey Janiah Janie Janine Janis Janiya Janiyah Jann Janna Jannette
Jannie January Janyce Jaquan Jaquelin Jaqueline Jaquez Jarad Jaren Jaret Jarett Jarod Jaron Jarrad Jarred Jarrell
Jarret Jarrett Jarrod Jarvis Jase Jasen Jasiah Jaslene Jaslyn Jasmyn Jasmyne Jasper Jaunita Javen Javion Javon
Javonte Jax Jaxen Jaxon Jaxson Jaxton Jayce Jaycee Jaycie Jaycob Jayda Jaydan Jayde Jayden Jaydin Jaydon Jaye Jayla
Jaylah Jaylan Jaylee Jayleen Jaylen Jaylene Jaylin Jaylon Jaylyn Jaylynn Jayme Jaymes Jayne Jayson Jayvion Jayvon
Jazlene Jazlyn Jazlynn Jazmin Jazmine Jazmyn Jazmyne Jeana Jeane Jeanetta Jeanie Jeanine Jeanmarie Jeanna Jeannette
Jeannie Jeannine Jeb Jed Jedediah Jedidiah Jefferey Jefferson Jeffie Jeffry Jelani Jemal Jemima Jena Jenelle Jenifer
Jenilee Jennette Jenni Jennie Jenniffer Jennings Jens Jensen Jep Jeptha Jerad Jerald Jeraldine Jeramiah Jeramie
Jeramy Jere Jered Jerel Jereme Jeremey Jeremie Jeri Jerica Jerilyn Jerilynn Jerimiah Jerimy Jermain Jermey Jerod
Jerold Jeromy Jerrad Jerrel Jerrell Jerri Jerrica Jerrie Jerrilyn Jerrod Jerrold Jerusha Jeryl Jesenia Jesica Jess
Jessee Jessenia Jessi Jessie Jessika Jessy Jessye Jethro Jett Jetta Jettie Jevon Jewel Jewell Jiles Jimena Jimmie
Jinnie Joana Joanie Joaquin Job Jobe Jocelyne Jocelynn Jodie Joell Joella Joelle Joellen Joeseph Joesph Joetta
Joette Joey Johan Johana Johanna Johannah Johathan Johnathon Johney Johnie Johnna Johnnie Johnpaul Johnson Johny Joi
Joleen Jolene Jolette Jolie Joline Jonah Jonas Jonatan Jonell Jones Joni Jonna Jonnie Jordan Jorden Jordi Jordin
Jordon Jordy Jordyn Joretta Jorja Jory Josef Josefa Josefina Josefita Joselin Joseline Joseluis Joselyn Josephine
Josephus Josette Josh Joshuah Josiah Josie Josiephine Joslyn Jossie Josue Journey Jovan Jovani Jovanni Jovanny
Jovany Jovita Joycelyn Joye Juana Juanita Judah Judd Jude Judge Judi Judie Judson Judyth Juelz Jule Jules Juli
Juliana Juliann Julianna Julianne Julien Juliet Juliette Julio Julious Julisa Julissa Julius Juluis June Junia Junie
Junior Junious Junius Justen Justice Justina Justine Juston Justus Justyn Juwan Kaaren Kacey Kaci Kacie Kacy Kade
Kadeem Kaden Kadence Kadijah Kadin Kadyn Kaeden Kael Kaela Kaelyn Kaelynn Kahlil Kai Kaia Kaiden Kaila Kailee Kailey
Kailyn Kaitlynn Kaiya Kala Kale Kaleb Kaleena Kaleigh Kalel Kalen Kalene Kaley Kali Kalie Kaliyah Kallie Kalvin
Kalyn Kamari Kamden Kameron Kami Kamila Kamilah Kamora Kamren Kamron Kamryn Kamya Kandace Kandi Kandice Kandy Kane
Kanesha Kanisha Kanye Karan Kareem Kareen Karel Karie Karim Karin Karis Karissa Karlee Karlene Karley Karli Karlie
Karly Karma Karol Karolyn Karon Karren Karri Karrie Karson Karsyn Karter Karyl Karyme Karyn Kasandra Kasen Kasey
Kash Kasie Kason Kassandra Kassidy Kassie Katarina Kate Katelin Katelynn Katerina Kathaleen Katharina Katharine
Katharyn Katherin Kathern Katheryn Kathey Kathi Kathie Kathlene Kathlyn Kathrine Kathryne Kathyrn Kati Katia Katina
Katlin Katlyn Katlynn Kattie Katy Kavon Kay Kaya Kaycee Kayden Kaydence Kaye Kaylah Kaylan Kayleen Kayleigh Kaylen
Kaylene Kayley Kayli Kaylie Kaylin Kaylyn Kaylynn Kayson Kazuko Kazuo Keagan Keandre Keanna Keanu Keara Keaton Kecia
Keegan Keeley Keely Keena Keenan Keenen Keesha Kegan Keifer Keila Keion Keira Keisha Kelan Kelby Kelcie Keli Kelis
Kellan Kellee Kellen Kelley Kelsea Kelsi Kelsie Kelton Kelvin Kem Ken Kenan Kendal Kendall Kendell Kendrick Kenia
Kenisha Kenji Kenley Kenna Kennard Kennedi Kennedy Kenney Kennith Kennth Kenny Kenton Kenya Kenyatta Kenyon Kenzie
Keon Keri Kermit Kerrie Kerry Kerwin Kesha Keshaun Keshawn Keshia Kevan Keven Kevon Keyla Keyon Keyshawn Khadijah
Khalid Khalil Khalilah Khari Khiry Khloe Kia Kian Kiana Kianna Kiarra Kiefer Kiel Kiera Kieran Kierra Kiersten Kieth
Kiley Killian Kimball Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimora Kindra King Kingston Kinley
Kinsey Kinsley Kinte Kip Kipp Kira Kirby Kirstie Kirstin Kirt Kisha Kit Kittie Kitty Kiya Kiyoko Kiyoshi Kizzie
Kizzy Kloe Knox Knute Kobe Koby Koda Kody Koen Kolby Kole Kolten Kolton Konner Konnor Korbin Kordell Korey Kori
Kortney Kory Kourtney Kraig Kris Krish Krissy Kristal Kristan Kristian Kristofer Kristoffer Kristyn Krysta Krysten
Krystin Krystina Krystle Kunta Kurtis Kwame Kya Kyan Kyara Kyla Kylah Kylan Kylee Kyleigh Kylene Kyler Kymani Kyra
Kyree Kyrie Kyson Laci Lacie Lacy Ladarius Laddie Ladonna Lady Lafayette Lafe Lahoma Laila Lailah Lainey Laisha
Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha Lala Lalla Lamar Lamarcus Lambert Lamont Lamonte Lana Landan Landen
Landin Landon Landyn Lane Lanette Laney Lani Lanie Lanita Lannie Lanny Laquan Laquita Lara Larae Laraine Larissa
Lark Larkin Laron Lars Larue Lary Lashanda Lashawn Lashonda Lashunda Lasonya Lassie Latanya Latarsha Latesha Latifah
Latisha Latonia Latonya Latoria Latosha Latoyia Latrell Latrice Latricia Latrina Launa Laurance Laureen Laurel
Laurence Laurene Lauretta Laurette Lauri Laurine Lauryn Lavada Lavar Lavelle Lavenia Lavera Lavern Laverna Laverne
Lavina Lavinia Lavon Lavona Lavonda Lavonia Lavonne Lawanda Lawerence Lawrance Lawson Lawton Lawyer Layla Laylah
Layne Layton Lazaro Le Lea Leafy Leala Leamon Leana Leander Leandra Leandro Leaner Leann Leanna Leanne Leatha
Leatrice Leda Leeann Leeroy Leesa Leia Leif Leigh Leighton Leila Leilani Leisa Leisha Leitha Lela Lelah Leland Lelar
Lelia Lella Lem Lemma Lemmie Lemon Lempi Lemuel Len Lena Lenard Lenna Lennie Lennon Lenny Lenon Lenora Lenord Lenore
Lenwood Leo Leola Leoma Leona Leonardo Leonce Leone Leonel Leonia Leonidas Leonie Leonor Leonora Leonore Leontine
Leopold Leopoldo Leora Leota Lera Les Lesa Lesia Leslee Lesley Lesli Lesly Less Lessie Lesta Lester Leta Letha
Lethia Leticia Letitia Letta Lettie Letty Leva Levar Levern Levie Levin Levina Levon Levy Lew Lewis Lex Lexi Lexie
Lexis Lexus Leyla Lia Liam Liana Liane Libbie Libby Liberty Lida Liddie Lidia Lidie Lige Lila Lilah Lilburn Lilia
Lilian Liliana Lilianna Lilie Lilla Lillard Liller Lillia Lillian Lilliana Lillianna Lillie Lillis Lilly Lily Lilyan
Lilyana Lilyanna Lim Lina Lincoln Lindbergh Lindell Linden Lindy Linette Link Linn Linna Linnea Linnie Linsey Linton
Linus Linwood Linzy Lionel Lisandro Lisbeth Lise Lisette Lish Lisha Lisle Lissa Lissette Lissie Liston Lita Litha
Littie Little Littleton Litzy Livia Liz Liza Lizabeth Lizbeth Lizeth Lizette Lizzie Llewellyn Lloyd Lockie Loda Lois
Lola Lolita Lolla Lollie Loma Lon Lona London Londyn Lone Loney Long Loni Lonie Lonna Lonny Lonzo Lora Loraine Loran
Lorayne Lorean Loree Loreen Lorelai Lorelei Loren Lorena Lorene Lorenz Lorenza Lorenzo Loretto Loria Loriann Lorie
Lorin Lorinda Lorine Loring Loris Lorna Lorne Lorrayne Lorri Lorrie Lossie Lota Lott Lotta Lottie Lou Louann Louanna
Louella Louetta Louie Louisa Louise Louisiana Loula Lourdes Louvenia Love Lovell Lovett Lovey Lovie Lovina Lovisa
Lowell Loy Loyal Loyce Loyd Lu Luana Luann Luanne Luberta Luc Luca Lucero Lucetta Lucia Lucian Luciana Luciano Lucie
Lucien Lucile Lucille Lucina Lucinda Lucindy Lucio Lucious Lucius Lucky Lucretia Lucy Luda Ludie Ludwig Lue Luella
Luetta Lugenia Luigi Luisa Luka Lukas Lula Lulah Lular Lulie Lulla Lulu Lum Luna Lupe Lura Lurana Lurena Lurline
Luster Lute Luther Lutie Luvenia Luverne Luvinia Luz Lyda Lydell Lyla Lylah Lyle Lyman Lyn Lynda Lyndia Lyndon
Lyndsay Lyndsey Lynette Lynne Lynnette Lynsey Lynwood Lyric Mabel Mabell Mabelle Mable Mac Macarthur Mace Macel
Maceo Macey Machelle Maci Macie Mack Macy Madaline Madalyn Madalynn Madden Maddison Maddox Maddux Madeleine Madelene
Madelyn Madelynn Madge Madie Madilyn Madilynn Madisen Madisyn Madlyn Madonna Madora Madyson Mae Maebell Maebelle
Maegan Maeve Mafalda Magan Magdalen Magdalena Magdalene Magen Maggie Magnolia Mahala Mahalia Mahalie Mahlon Mai Maia
Maida Maira Maiya Major Makai Makaila Makala Makena Makenna Makenzie Makhi Mal Malachi Malakai Malaki Malaya Malcolm
Malcom Male Maleah Malia Maliah Malinda Malissa Malissie Maliyah Mallie Mallorie Malorie Malvin Malvina Mame Mamie
Mammie Manda Mandi Mandie Manerva Manervia Manford Manie Manila Manilla Manley Manly Mannie Manning Mansfield Manson
Manuela Manuelita Mara Maralyn Maranda Marcel Marcela Marcelina Marceline Marcelino Marcell Marcella Marcelle
Marcello Marcellus Marcelo Marchello Marci Marcie Marcos Marcy Mardell Mareli Marely Maren Margarete Margaretha
Margarett Margaretta Margarette Margarita Margarite Margarito Marge Margene Margeret Margery Marget Margie Margo
Margot Margret Margrett Margretta Marguerite Margueritte Margurite Margy Mari Mariam Marian Mariana Marianita
Mariann Marianna Marianne Mariano Maribel Maribeth Maricela Mariel Mariela Marietta Marilee Marilla Marilou Marilynn
Marin Marina Marinda Marion Marisela Marisol Marita Maritza Marius Mariyah Marjorie Marjory Markel Markell Markita
Markus Marla Marlana Marland Marlee Marleen Marleigh Marlen Marlena Marlene Marley Marlie Marlin Marlo Marlon Marlyn
Marlys Marni Marnie Marnita Marolyn Marques Marquez Marquis Marquise Marquita Marrion Marry Marsh Marsha Marshal
Marshall Mart Marta Martell Martez Marti Martika Martina Martine Marty Marva Marvel Maryam Maryann Maryanne
Marybelle Marybeth Maryellen Maryjane Maryjo Marylee Marylin Marylou Marylouise Marylyn Masako Masao Mat Mateo Math
Mathews Mathias Mathilda Mathilde Matias Matie Matilda Matilde Matt Matteo Matthias Mattie Mattye Maud Maude Maudie
Maura Mauricio Maurine Mauro Maury Maverick Mavis Maxie Maxim Maximilian Maximiliano Maximillian Maximo Maximus
Maxine Maxx May Maya Maybell Maybelle Maye Mayme Maymie Maynard Mayo Mayra Mazie Mcarthur Mckayla Mckenna Mckinley
Meadow Meaghan Mearl Mechelle Meda Media Medora Meg Meggan Meghann Mekhi Mel Melany Melba Melbourne Melina Melisa
Melissia Mell Mellie Mellisa Mellissa Melodee Melodie Melonie Melony Melton Melva Melville Melvina Melvyn Memphis
Mena Menachem Mendy Mercer Mercy Merilyn Merl Merle Merlene Merlin Merlyn Merna Merri Merrie Merrilee Merrill
Merrily Merritt Merry Mertie Merton Mervin Mervyn Merwin Meryl Messiah Meta Metha Metro Metta Mettie Meyer Miah
Micaela Micah Micayla Michaele Michal Michale Michel Michelina Michell Michial Mickey Mickie Micky Miesha Migdalia
Mignon Miguelangel Mikaela Mikaila Mikal Mikala Mikalah Mikeal Mikel Mikhail Mila Milagros Milan Milas Milburn Milda
Mildred Miles Miley Milford Milissa Millard Miller Millicent Millie Mills Milly Milo Milton Mima Mimi Mina Minda
Mindi Miner Minerva Minervia Minna Minnie Minor Minoru Minta Mintie Mira Miracle Mireya Miriah Miriam Mirna Mirtie
Misael Missie Missouri Missy Misti Mistie Mitch Mitchel Mittie Mitzi Miya Modena Moe Moesha Mohamed Mohammad
Mohammed Moira Moises Mollie Mona Monika Monna Monnie Monroe Monserrat Mont Montana Monte Montel Montgomery Montie
Montrell Monty Moody Mora Mordechai Moriah Morris Mortimer Morton Mose Moses Moshe Mossie Mozell Mozella Mozelle
Muhammad Murdock Muriel Murl Murphy Murray Murry Mustafa Mya Myah Mychal Myer Mykel Myla Mylee Myles Mylie Myra
Myranda Myrl Myrle Myrna Myron Myrta Myrtice Myrtie Myrtis Myrtle Nada Nadia Nadine Naima Najee Nakia Nakisha Nakita
Nallely Namon Nan Nana Nanci Nancie Nanette Nanie Nanna Nannette Nannie Naoma Naomi Napoleon Narcissus Nash Nasir
Nat Natalee Natalia Nataly Natalya Nathalia Nathalie Nathaly Nathanael Nathanial Nathen Natosha Nautica Nayeli
Nayely Neal Nealie Nealy Ned Nedra Needham Neely Neha Nehemiah Nelda Nelia Nelie Nell Nella Nelle Nellie Nello Nelly
Nels Nelson Nena Neola Neoma Neppie Nereida Nery Nestor Neta Netta Nettie Neva Nevada Nevaeh Neveah Nevin Newell
Newman Newt Newton Nia Nichelle Nichol Nicholaus Nick Nicki Nicklaus Nickolas Nicky Nico Nicola Nicolette Nicolle
Nigel Nikhil Niki Nikia Nikita Nikki Nikko Niko Nikolai Nikolas Nikole Nila Nilda Nile Niles Nils Nim Ninnie Nira
Nita Nobie Noble Noe Noel Noelia Noelle Noemi Noemie Nohely Nola Nolan Nolen Nolia Nolie Noma Nona Nonie Nora Norah
Norbert Norberto Noreen Norene Noreta Noretta Norine Norita Normand Norris North Norton Norval Norwood Nova Novella
Nunzio Nya Nyah Nyasia Nyla Nylah Nyree Oakley Obe Obed Obie Ocie Octa Octave Octavia Octavie Octavio Octavius Oda
Odalis Odalys Oddie Odelia Odell Odessa Odette Odie Odile Odin Odis Odus Ofelia Offie Ogden Okey Ola Olaf Olan Oland
Olar Ole Olen Olena Olene Oleta Olevia Oley Olga Olie Olin Olinda Oline Oliva Olive Oliver Olivine Ollie Olof
Olympia Oma Omari Omarion Omer Omie Ona Oneal Oneida Oneta Oney Onie Onnie Opal Opha Ophelia Ora Orah Oral Oralia
Oran Orange Orelia Oren Orene Orie Orilla Orin Orion Oris Orla Orland Orlando Orlena Orley Orlin Orlo Orma Orpha
Orra Orren Orrie Orrin Orris Orson Orval Orvel Orvil Orville Orvin Orvis Osa Osbaldo Osborn Osborne Osie Ossie
Osvaldo Oswald Oswaldo Ota Otelia Otha Othel Otho Otis Ott Ottie Ottilia Ottilie Ottis Otto Ouida Ova Ovid Ovila
Owen Owens Ozell Ozella Ozie Ozzie Pablo Page Pairlee Paisley Paityn Pallie Palma Palmer Paloma Pamala Pamelia
Pamella Pandora Pansy Paola Paralee Paris Park Parlee Parley Parrish Parthenia Pascal Pasquale Pat Pate Patience
Patric Patrica Patrice Patsy Patti Pattie Pauletta Paulette Paulina Pauline Paulo Paxton Payten Payton Pearl Pearla
Pearle Pearlene Pearley Pearlie Pearline Pearly Peggie Penelope Penni Pennie Pepper Percival Percy Perla Perley
Permelia Pernell Perri Pershing Pete Petra Peyton Phebe Pheobe Phil Phillis Philo Philomena Philomene Phoebe Phoenix
Phylicia Phylis Phyliss Pierce Pierre Pink Pinkey Pinkie Pinkney Piper Pleas Pleasant Ples Pluma Plummer Polk Pollie
Polly Porfirio Porsche Porsha Porter Portia Posey Powell Pranav Pratt Precious Prentice Prentiss Presley Press Price
Pricilla Primus Prince Princess Priscila Prosper Prudence Prudie Pryor Purl Qiana Queen Queenie Quentin Quiana
Quincy Quinn Quint Quinten Quintin Quinton Racheal Rachelle Racquel Rae Raegan Raekwon Raelyn Raelynn Rafael Rafaela
Rafe Ragna Raheem Rahn Rahsaan Rahul Raiden Raina Rakeem Raleigh Ramiro Ramon Ramona Ramsey Rance Rand Randal Randel
Randell Randi Randle Randolf Randolph Ransom Raoul Raphael Raquan Raquel Ras Rashaad Rashaan Rashad Rashawn Rasheed
Rashida Raul Rayan Rayburn Rayfield Rayford Raymon Raymundo Rayna Raynard Rayne Rayshawn Reagan Reanna Reason Reatha
Reba Rebeca Red Redden Redmond Reece Reed Reese Refugio Regan Regena Regenia Reggie Reginal Regis Reid Reilly Reina
Reinaldo Reinhold Reino Rella Remington Remy Rena Renada Renae Renaldo Renard Renata Rene Renea Renita Rennie Reno
Ressie Reta Retha Retta Rettie Reuben Reubin Reva Rex Rexford Rey Reyes Reyna Reynaldo Reynold Reynolds Rhea Rheta
Rhett Rhianna Rhiannon Rhoda Rhona Rhys Rian Rianna Ricci Rice Rich Richelle Richie Richmond Ricki Rickie Rico Ridge
Rigoberto Rihanna Rikki Rilla Rillie Rinda Risa Rishi Ritchie River Riya Rob Robb Robbie Robbin Robby Robley Robt
Roby Rocco Rochelle Rocio Rock Rocky Rod Roddy Roderic Roderick Rodger Rodolfo Rodrick Rodrigo Roe Roel Roena
Rogelio Rogers Rohan Roland Rolanda Rolando Rolf Roll Rolla Rolland Rollie Rollin Rollo Roma Romaine Roman Rome
Romello Romeo Romie Romona Ron Rona Ronal Ronaldo Ronan Ronda Rondal Roni Ronin Ronna Ronny Roosevelt Rory Rosa
Rosabelle Rosalee Rosalia Rosalie Rosalind Rosalinda Rosaline Rosalyn Rosamond Rosann Rosanna Rosanne Rosaria
Rosario Rosco Roscoe Roseann Roseanna Roseanne Rosella Roselyn Rosemarie Rosemary Rosena Rosendo Rosetta Rosevelt
Rosey Rosia Rosie Rosina Rosita Roslyn Rossie Roswell Rosy Rowan Rowena Rowland Roxana Roxane Roxann Roxanna Roxanne
Roxie Roxy Royal Royce Rozanne Rozella Rube Rubi Rubie Rubin Ruby Rubye Rudolf Rudolfo Rudolph Rudy Rueben Ruel
Ruffin Ruffus Rufus Ruie Rupert Rush Russ Russel Rustin Rusty Rutha Ruthann Ruthanne Ruthe Rutherford Ruthie Ryann
Ryder Ryker Rylan Ryland Rylee Ryleigh Ryley Rylie Ryne Sabastian Sabina Sable Sabra Sada Sade Sadie Sadye Sage
Saige Saint Sal Salena Salina Sallie Salma Salome Salomon Salvador Salvatore Sam Samara Samatha Samie Samir Samira
Samiyah Sammie Sammy Sampson Samson Samual Sanaa Sanai Sanders Sandi Sandie Sanford Saniya Saniyah Sanjuana
Sanjuanita Sannie Santa Santana Santiago Santina Santino Santo Santos Sarahi Sarai Sariah Sarina Sarita Sarrah Sasha
Saul Saundra Savana Savanah Savanna Saverio Savilla Savion Savon Sawyer Scarlet Scarlett Schley Schuyler Scot
Scottie Scotty Seaborn Seamus Sebastian Sebrina Sedrick Selah Seldon Selene Selina Selma Selmer Semaj Sena Seneca
Senora Serena Serenity Serina Severo Severt Seward Seymour Shad Shade Shae Shafter Shaina Shakira Shalon Shalonda
Shamar Shameka Shamika Shan Shana Shanae Shanda Shandra Shaneka Shanell Shanelle Shanequa Shani Shania Shanice
Shaniece Shanika Shaniqua Shanita Shaniya Shanna Shannan Shannen Shanon Shanta Shante Shantel Shantell Shaquan
Shaquana Shaquille Shaquita Shara Shardae Sharday Sharde Sharee Sharen Sharif Sharita Sharla Sharleen Sharlene
Sharman Sharonda Sharron Sharyl Sharyn Shasta Shatara Shauna Shaunna Shavon Shavonne Shawanda Shawnda Shawnee
Shawnna Shawnte Shay Shayla Shaylee Shayna Shayne Shea Shedrick Sheilah Shelba Shelbi Shelbie Sheldon Shelli Shellie
Shelton Shelva Shelvia Shelvie Shemar Shena Shenna Shep Shepherd Sheree Sheridan Sherie Sherilyn Sherita Sherlyn
Sherman Sheron Sherree Sherrie Sherrill Sherron Sherryl Sherwin Sherwood Sheryll Sheyla Shianne Shiela Shiloh Shira
Shirl Shirlee Shirleen Shirlene Shirleyann Shirlie Shoji Shon Shona Shonda Shonna Shreya Shyann Shyanne Shyheim
Shyla Sibbie Sibyl Sid Siddie Sidney Sie Siena Sienna Sigmund Signa Signe Sigrid Sigurd Silas Silver Silvester
Silvia Silvio Sim Simeon Simmie Simon Simona Simone Simpson Sina Sincere Sinda Sing Siobhan Sister Skip Sky Skye
Skyla Skylar Skyler Slade Sloane Smith Socorro Sofia Sol Soledad Soloman Solomon Solon Somer Sommer Son Sondra Sonja
Sonji Sonny Sophie Sophronia Soren Spenser Spring Spurgeon Squire Staci Stacia Stafford Stan Stanford Stanislaus
Stanton Star Starla Starling Starr Stasia Stefan Stefani Stella Stephaine Stephan Stephani Stephania Stephany
Stephenie Stephon Sterling Stetson Stevan Stevie Steward Stewart Stone Stonewall Stoney Storm Stormy Sudie Suellen
Sula Sullivan Sumner Sunday Sunny Sunshine Susana Susann Susanna Susannah Susanne Susie Sussie Suzan Suzann Suzanna
Suzette Suzie Suzy Sybil Sybilla Syble Sydell Sydnee Sydni Sydnie Syed Sylas Sylva Sylvan Sylvania Sylvanus
Sylvester Symone Syreeta Tab Tabatha Tabetha Tad Taft Tahj Tai Taina Taj Taja Takisha Tal Talan Talen Talia Taliyah
Tallie Talmadge Talmage Talon Tamala Tamatha Tambra Tameka Tamekia Tamela Tamera Tamia Tamica Tamie Tamika Tamiko
Tamisha Tammi Tamra Tamya Tana Tandy Tanesha Tangela Tania Tanika Tanisha Taniya Taniyah Tanja Tarah Taraji Tari
Tarik Tariq Tarsha Taryn Tashina Tasia Tate Tatia Tatiana Tatianna Tatsuo Tatum Tatyana Tatyanna Taurean Taurus
Tavares Tavaris Tavian Tavion Tavon Tawana Tawanda Tawanna Tawny Tawnya Taya Tayla Tayler Taylor Tayshaun Tea Teagan
Ted Teddie Teddy Teela Teena Tegan Tella Telly Tempie Tena Tenika Tenisha Tennessee Tennie Tennille Tera Terance
Terell Terence Terese Teressa Teri Terra Terrell Terrie Terrill Terry Tess Tessa Tessie Tevin Tex Texanna Texas
Texie Thad Thaddeus Thalia Thea Theadore Theda Thedore Thekla Thelma Theo Theodis Theodocia Theodora Theodosia
Theola Theophile Therese Theresia Therman Theron Theta Thomasina Thompson Thor Thora Thornton Thorwald Thos Thresa
Thurlow Thurman Thursa Thurston Thyra Tia Tiana Tianna Tiara Tiarra Tiera Tierra Tiesha Tiffani Tiffanie Tilda
Tilden Tilla Tillie Tillman Tilman Timmie Timmothy Timmy Tiney Tinie Tinnie Tiny Tisa Tisha Tishie Tito Titus Tobe
Tobi Tobias Tobie Tobin Toby Toccara Tod Toivo Tolbert Tollie Toma Tomas Tomasa Tomeka Tomie Tomika Tommie Tonda
Toney Tonia Tonja Torey Tori Toriano Torie Torrance Torrence Torrey Torrie Torry Tory Tosha Toshiko Toshio Towanda
Toy Toya Trace Tracee Trae Travon Trayvon Tre Treasure Treena Tremaine Tremayne Trena Trent Trenten Trenton Tresa
Tressa Tressie Treva Trever Trevin Trevion Trevon Trey Treyton Treyvon Trilby Trina Trinidad Trinity Tripp Trish
Trisha Trista Tristen Tristian Tristin Triston Trudi Trudie Trudy True Trula Trumaine Truman Trystan Tuan Tucker
Tula Turner Twila Twyla Ty Tye Tyesha Tylor Tyquan Tyra Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrik
Tyrin Tyriq Tyrique Tyron Tyrus Tyshawn Tyson Ula Ulises Ulysses Una Unique Unknown Unnamed Ura Urban Uriah Uriel
Urijah Ursula Vada Val Valarie Valencia Valentin Valentina Valentine Valentino Valeria Valery Valinda Vallie Valorie
Van Vance Vander Vanesa Vannie Vara Vashon Vashti Vassie Vaughn Veda Vela Velda Velia Vella Velma Velva Velvet Vena
Venessa Venice Venie Venita Vennie Venus Veola Vera Verda Verdell Verdie Vere Verena Vergie Vergil Verl Verla Verle
Verlene Verlie Verlin Verlon Verlyn Vern Verna Vernal Verne Vernell Vernelle Verner Vernetta Vernia Vernice Vernie
Vernita Verona Versa Versie Vertie Vessie Vesta Vester Veta Veva Vic Vicente Vicie Vick Vickey Vicky Victoriano
Victorine Victory Vicy Vida Vidal Vikki Villa Vilma Vina Vince Vincenza Vincenzo Viney Vinie Vinnie Vinson Vinton
Viola Violet Violeta Violetta Violette Vira Virdie Virge Virgel Virgia Virgie Virgil Virgle Viridiana Vita Vito Viva
Vivian Viviana Vivien Vivienne Vlasta Vollie Volney Von Vonda Vonetta Vonnie Wade Waino Waldemar Waldo Walker
Wallace Wally Walt Walton Waneta Wanita Ward Wardell Warner Wash Washington Watson Watt Wava Waverly Wayde Wayland
Waylon Wayman Waymon Weaver Webb Webster Weldon Wellington Wells Welton Wende Wendel Wendell Wendi Wenzel Werner Wes
Wess West Westin Westley Weston Wheeler Whit Whitley Wilber Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred
Wilfredo Wilfrid Wilhelm Wilhelmina Wilhelmine Wiliam Wilkie Will Willa Willaim Willam Willard Willene Willia
Williams Willian Williard Williemae Willis Willodean Willow Willy Wilma Wilmer Wilson Wilton Windell Windy Winfield
Winford Winfred Wing Winifred Winnie Winnifred Winona Winston Winter Winthrop Winton Wirt Wm Wong Wood Woodie
Woodroe Woodrow Woodson Woody Worley Worth Wright Wylie Wyman Wynona Xander Xena Ximena Xiomara Xzavier Yaakov
Yadiel Yadira Yael Yahaira Yahir Yair Yajaira Yamilet Yamilex Yancy Yandel Yareli Yaretzi Yaritza Yasmeen Yasmin
Yasmine Yazmin Yee Yehuda Yessenia Yetta Yoel Yolonda York Yosef Yoselin Yoshiko Yoshio Young Yuliana Yulisa Yulissa
Yurem Yuridia Yusuf Zachariah Zachery Zack Zackary Zackery Zada Zadie Zaid Zaida Zaiden Zain Zaire Zakary Zana
Zander Zandra Zane Zaniyah Zara Zaria Zariah Zavier Zavion Zayden Zayne Zeb Zebulon Zechariah Zed Zeke Zela Zelda
Zelia Zella Zelma Zelpha Zena Zenas Zeno Zenobia Zeta Zetta Zettie Zhane Zigmund Zillah Zilpah Zilpha Zina Zion Zita
Zoa Zoey Zoie Zola Zollie Zona Zora Zula
    """.split()
)
